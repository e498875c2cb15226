package dk.peerstoette.partnership;

/** A line of the organisation list. */
public record OrganisationRow(long id, String name, OrganisationKind kind, long unitCount, long partnershipCount,
		boolean active) {

}
