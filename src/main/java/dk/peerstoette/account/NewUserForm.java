package dk.peerstoette.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.security.Role;

/** The administrator's form for a new staff user. */
class NewUserForm {

	@NotBlank
	@Pattern(regexp = "\\s*[A-Za-z0-9._-]{3,50}\\s*")
	private String username = "";

	@NotBlank
	@Size(max = 100)
	private String fullName = "";

	@NotNull
	private @Nullable Role role;

	private @Nullable Long organisationId;

	private @Nullable Long partnershipId;

	@NotBlank
	private String password = "";

	@NotBlank
	private String passwordRepeat = "";

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
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

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getPasswordRepeat() {
		return this.passwordRepeat;
	}

	public void setPasswordRepeat(String passwordRepeat) {
		this.passwordRepeat = passwordRepeat;
	}

	UserDescription description() {
		return new UserDescription(this.fullName, this.role, this.organisationId, this.partnershipId);
	}

}
