package dk.peerstoette.partnership.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.Organisation;
import dk.peerstoette.partnership.OrganisationKind;

/**
 * An organisation's name, kind and retention period; carries the version that was read
 * when editing.
 */
class OrganisationForm {

	@NotBlank
	@Size(max = 150)
	private String name = "";

	@NotNull
	private @Nullable OrganisationKind kind;

	/** Checked by the service: 1 to {@link Organisation#MAX_RETENTION_YEARS}. */
	private @Nullable Integer retentionYears = Organisation.DEFAULT_RETENTION_YEARS;

	private long version;

	static OrganisationForm of(Organisation organisation) {
		OrganisationForm form = new OrganisationForm();
		form.name = organisation.getName();
		form.kind = organisation.getKind();
		form.retentionYears = organisation.getRetentionYears();
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

	public @Nullable Integer getRetentionYears() {
		return this.retentionYears;
	}

	public void setRetentionYears(@Nullable Integer retentionYears) {
		this.retentionYears = retentionYears;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
