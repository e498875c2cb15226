package dk.peerstoette.partnership.managedlist;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new managed-list value: its code (what other records and reports rely on) as well as
 * its names.
 */
class NewLookupValueForm extends LookupValueForm {

	@NotBlank
	@Size(max = 40)
	private String code = "";

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

}
