package dk.peerstoette.contact;

import dk.peerstoette.recipient.AnonymisationStep;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An anonymised recipient's contacts lose their note, place and the reasons written for
 * them, and their correction history (whose values are such texts); day, time, duration,
 * kind, status and CHIME themes stay, for the dashboard. A group meeting's note is the
 * group's and stays; the recipient's attendance stays as a count.
 */
@Component
class ContactAnonymisation implements AnonymisationStep {

	/** What a deleted contact's reason becomes: the row must keep one, the text goes. */
	static final String REMOVED = "-";

	private final JdbcClient jdbc;

	ContactAnonymisation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void anonymise(long recipientId) {
		this.jdbc.sql("""
				delete from contact_change ch using contact c
				where ch.contact_id = c.id and c.recipient_id = :id
				""").param("id", recipientId).update();
		this.jdbc.sql("""
				update contact set note = null, place = null, override_reason = null,
				       delete_reason = case when deleted_at is null then null else :removed end, version = version + 1
				where recipient_id = :id
				""").param("id", recipientId).param("removed", REMOVED).update();
	}

}
