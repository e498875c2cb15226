package dk.peerstoette.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.security.Role;

/**
 * The administrator's form for changing a staff user; carries the version that was read.
 */
class EditUserForm {

	@NotBlank
	@Size(max = 100)
	private String fullName = "";

	@NotNull
	private @Nullable Role role;

	private @Nullable Long organisationId;

	private @Nullable Long partnershipId;

	private long version;

	static EditUserForm of(StaffAccount account) {
		EditUserForm form = new EditUserForm();
		form.fullName = account.getFullName();
		form.role = account.getRole();
		form.organisationId = (account.getOrganisation() != null) ? account.getOrganisation().getId() : null;
		form.partnershipId = (account.getPartnership() != null) ? account.getPartnership().getId() : null;
		form.version = account.getVersion();
		return form;
	}

	public String getFullName() {
		return this.fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public @Nullable Role getRole() {
		return this.role;
	}

	public void setRole(@Nullable Role role) {
		this.role = role;
	}

	public @Nullable Long getOrganisationId() {
		return this.organisationId;
	}

	public void setOrganisationId(@Nullable Long organisationId) {
		this.organisationId = organisationId;
	}

	public @Nullable Long getPartnershipId() {
		return this.partnershipId;
	}

	public void setPartnershipId(@Nullable Long partnershipId) {
		this.partnershipId = partnershipId;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	UserDescription description() {
		return new UserDescription(this.fullName, this.role, this.organisationId, this.partnershipId);
	}

}
