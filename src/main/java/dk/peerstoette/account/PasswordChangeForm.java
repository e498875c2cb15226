package dk.peerstoette.account;

import jakarta.validation.constraints.NotBlank;

/** A user's own new password, typed twice, with the current one to show it is them. */
class PasswordChangeForm {

	@NotBlank
	private String currentPassword = "";

	@NotBlank
	private String password = "";

	@NotBlank
	private String passwordRepeat = "";

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
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

	/** Passwords are never sent back to the browser. */
	void clear() {
		this.currentPassword = "";
		this.password = "";
		this.passwordRepeat = "";
	}

}
