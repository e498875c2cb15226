package dk.peerstoette.account;

/**
 * The administrator's form for changing a staff user; carries the version that was read.
 */
class EditUserForm extends UserForm {

	private long version;

	static EditUserForm of(StaffAccount account) {
		EditUserForm form = new EditUserForm();
		form.fill(account);
		form.version = account.getVersion();
		return form;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
