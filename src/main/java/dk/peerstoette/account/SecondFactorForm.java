package dk.peerstoette.account;

import jakarta.validation.constraints.NotBlank;

/** The current code that confirms an enrolment. */
public class SecondFactorForm {

	@NotBlank
	private String code = "";

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

}
