package dk.peerstoette.recipient;

/**
 * How a recipient is shown outside their own page: alias and internal number. SQL reads
 * the same text from the label of recipient_view (V11_1).
 */
public record RecipientLabel(long id, String internalNumber, String alias) {

	/** "alias (number)". */
	public String label() {
		return this.alias + " (" + this.internalNumber + ")";
	}

	@Override
	public String toString() {
		return label();
	}

}
