package dk.peerstoette.partnership;

/** How a peer worker is engaged. */
public enum EmploymentForm {

	PAID, VOLUNTEER, MENTOR

}
