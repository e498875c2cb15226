package dk.peerstoette.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.security.Role;

/**
 * What the new and the edit user form both say about a person: name, role and place in
 * the programme.
 */
abstract class UserForm {

	@NotBlank
	@Size(max = 100)
	private String fullName = "";

	@NotNull
	private @Nullable Role role;

	private @Nullable Long organisationId;

	private @Nullable Long partnershipId;

	/** Fills the fields from a stored account. */
	void fill(StaffAccount account) {
		this.fullName = account.getFullName();
		this.role = account.getRole();
		this.organisationId = (account.getOrganisation() != null) ? account.getOrganisation().getId() : null;
		this.partnershipId = (account.getPartnership() != null) ? account.getPartnership().getId() : null;
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

	UserDescription description() {
		return new UserDescription(this.fullName, this.role, this.organisationId, this.partnershipId);
	}

}
