package dk.peerstoette.partnership;

/** Where peers work. */
public enum UnitKind {

	INPATIENT_WARD, RESIDENTIAL_FACILITY, DISTRICT_PSYCHIATRY, OPUS, MUNICIPAL_SUPPORT, ACTIVITY_CENTRE, OTHER

}
