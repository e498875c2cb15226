package dk.peerstoette.partnership.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.EmploymentForm;
import dk.peerstoette.partnership.PeerRole;
import dk.peerstoette.partnership.PeerSupportModel;

/**
 * A peer-support model's name, employment form, role and description; carries the version
 * that was read when editing.
 */
class ModelForm {

	@NotBlank
	@Size(max = 150)
	private String name = "";

	@NotNull
	private @Nullable EmploymentForm employmentForm;

	@NotNull
	private @Nullable PeerRole role;

	@Size(max = 2000)
	private String description = "";

	private long version;

	static ModelForm of(PeerSupportModel model) {
		ModelForm form = new ModelForm();
		form.name = model.getName();
		form.employmentForm = model.getEmploymentForm();
		form.role = model.getRole();
		form.description = (model.getDescription() != null) ? model.getDescription() : "";
		form.version = model.getVersion();
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public @Nullable EmploymentForm getEmploymentForm() {
		return this.employmentForm;
	}

	public void setEmploymentForm(@Nullable EmploymentForm employmentForm) {
		this.employmentForm = employmentForm;
	}

	public @Nullable PeerRole getRole() {
		return this.role;
	}

	public void setRole(@Nullable PeerRole role) {
		this.role = role;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(@Nullable String description) {
		this.description = (description != null) ? description : "";
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
