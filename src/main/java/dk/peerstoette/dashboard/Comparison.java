package dk.peerstoette.dashboard;

/**
 * What the comparison tables set side by side, as the role tables set the roles: the
 * recipients' target group, the kind of unit a contact or course belongs to, and the
 * sector of its organisation, which its kind decides (a region runs treatment psychiatry,
 * a municipality social psychiatry, and an NGO is its own sector). Each is counted in SQL
 * under this name, and shown as the table {@link #tableId}.
 */
enum Comparison {

	TARGET_GROUP("target-groups"), UNIT_KIND("unit-kinds"), SECTOR("sectors");

	private final String tableId;

	Comparison(String tableId) {
		this.tableId = tableId;
	}

	/** The table's id, in export file names and URLs. */
	String tableId() {
		return this.tableId;
	}

}
