package dk.peerstoette.dashboard;

/**
 * What the dashboard groups contacts by ({@code contact_fact.kind_group}); labels are
 * {@code dashboard.kind.<name>}. In the order of their bit in
 * {@code contact_fact.kind_group_bit} and {@code contact_reach.kind_groups}.
 */
enum KindGroup {

	INDIVIDUAL, GROUP, BRIDGE_BUILDING, ORGANISATIONAL;

	/** The group's bit in a recipient's kind groups. */
	int bit() {
		return ordinal();
	}

}
