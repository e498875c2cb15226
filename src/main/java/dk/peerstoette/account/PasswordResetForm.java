package dk.peerstoette.account;

/** A new password set by an administrator, typed twice. */
class PasswordResetForm extends NewPasswordForm {

	private long version;

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
