package dk.peerstoette.partnership.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.Organisation;
import dk.peerstoette.partnership.OrganisationKind;

/** An organisation's name and kind; carries the version that was read when editing. */
class OrganisationForm {

	@NotBlank
	@Size(max = 150)
	private String name = "";

	@NotNull
	private @Nullable OrganisationKind kind;

	private long version;

	static OrganisationForm of(Organisation organisation) {
		OrganisationForm form = new OrganisationForm();
		form.name = organisation.getName();
		form.kind = organisation.getKind();
		form.version = organisation.getVersion();
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public @Nullable OrganisationKind getKind() {
		return this.kind;
	}

	public void setKind(@Nullable OrganisationKind kind) {
		this.kind = kind;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
