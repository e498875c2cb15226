package dk.peerstoette.recipient;

/**
 * The role of a relative who takes part in a recipient's support: all the network notes
 * about them, with how many there are. Labels are {@code recipient.network.role.<name>}.
 * Public so that the dashboard counts by it.
 */
public enum NetworkRole {

	/** Forældre. */
	PARENT,
	/** Partner eller ægtefælle. */
	PARTNER,
	/** Børn. */
	CHILD,
	/** Søskende. */
	SIBLING,
	/** Venner. */
	FRIEND,
	/** Andre pårørende. */
	OTHER

}
