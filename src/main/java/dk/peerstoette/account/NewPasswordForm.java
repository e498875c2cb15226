package dk.peerstoette.account;

import jakarta.validation.constraints.NotBlank;

/**
 * A new password typed twice, as the forms that set one ask for it;
 * {@link PasswordPolicy} checks it.
 */
abstract class NewPasswordForm {

	@NotBlank
	private String password = "";

	@NotBlank
	private String passwordRepeat = "";

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
		this.password = "";
		this.passwordRepeat = "";
	}

}
