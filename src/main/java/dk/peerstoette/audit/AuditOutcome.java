package dk.peerstoette.audit;

public enum AuditOutcome {

	/** Done as asked. */
	SUCCESS,
	/** Refused because the user may not do it (out of scope, wrong role, locked). */
	DENIED,
	/** Attempted and failed (wrong password, someone else saved first). */
	FAILURE

}
