package dk.peerstoette.recipient;

/** How a recipient is shown outside their own page: alias and internal number. */
public record RecipientLabel(long id, String internalNumber, String alias) {

	@Override
	public String toString() {
		return this.alias + " (" + this.internalNumber + ")";
	}

}
