package dk.peerstoette.partnership;

/**
 * What kind of body an organisation is. It is also the organisation's sector where the
 * dashboard compares sectors: a region runs treatment psychiatry, a municipality social
 * psychiatry, and an NGO is a sector of its own.
 */
public enum OrganisationKind {

	REGION, MUNICIPALITY, NGO

}
