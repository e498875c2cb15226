package dk.peerstoette.audit;

import dk.peerstoette.security.StaffUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The marks of the periodic review of the access log. A mark is kept: the table refuses
 * every change and removal (its trigger, and the application's role has no grant for
 * them), so a second look is a second mark.
 */
@Service
public class AuditReviews {

	/** The record type of a review mark in the access log. */
	public static final String ENTITY = "AUDIT_REVIEW";

	/** The most characters a comment keeps. */
	public static final int MAX_COMMENT = 1000;

	private final JdbcClient jdbc;

	AuditReviews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Marks an access reviewed, in the caller's transaction, which checks who may and
	 * records it.
	 * @return the mark's id
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long mark(long auditEventId, StaffUser reviewer, String comment) {
		return this.jdbc.sql("""
				insert into audit_review (audit_event_id, reviewer_id, reviewer_username, comment)
				values (?, ?, ?, ?) returning id
				""")
			.param(auditEventId)
			.param(reviewer.getId())
			.param(reviewer.getUsername())
			.param(comment)
			.query(Long.class)
			.single();
	}

}
