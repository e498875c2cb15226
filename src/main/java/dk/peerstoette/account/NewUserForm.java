package dk.peerstoette.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The administrator's form for a new staff user. */
class NewUserForm extends UserForm {

	@NotBlank
	@Pattern(regexp = "\\s*[A-Za-z0-9._-]{3,50}\\s*")
	private String username = "";

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

}
