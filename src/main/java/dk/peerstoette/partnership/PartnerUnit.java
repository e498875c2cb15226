package dk.peerstoette.partnership;

/** An active unit of a partner organisation, as a referral form offers it. */
public record PartnerUnit(long id, String name, long organisationId, String organisationName) {

}
