package dk.peerstoette.recipient;

/** The coordinator's form for changing a recipient; carries the version that was read. */
class EditRecipientForm extends RecipientFields {

	private long version;

	static EditRecipientForm of(RecipientView recipient) {
		EditRecipientForm form = new EditRecipientForm();
		form.fill(recipient);
		form.version = recipient.version();
		return form;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
