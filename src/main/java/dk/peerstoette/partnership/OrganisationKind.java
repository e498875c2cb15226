package dk.peerstoette.partnership;

/** What kind of body an organisation is. */
public enum OrganisationKind {

	REGION, MUNICIPALITY, NGO

}
