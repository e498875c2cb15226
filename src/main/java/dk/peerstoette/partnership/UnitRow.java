package dk.peerstoette.partnership;

/** A line of the unit list, and of an organisation's units. */
public record UnitRow(long id, String name, long organisationId, String organisationName, UnitKind kind, Sector sector,
		boolean active) {

}
