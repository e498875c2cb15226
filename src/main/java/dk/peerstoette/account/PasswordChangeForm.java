package dk.peerstoette.account;

import jakarta.validation.constraints.NotBlank;

/** A user's own new password, typed twice, with the current one to show it is them. */
class PasswordChangeForm extends NewPasswordForm {

	@NotBlank
	private String currentPassword = "";

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	@Override
	void clear() {
		super.clear();
		this.currentPassword = "";
	}

}
