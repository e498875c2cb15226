package dk.peerstoette.contact;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import dk.peerstoette.contact.ContactDescription.Change;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes a contact's history: one row per field a correction or deletion changed. */
@Repository
class ContactChangeRepository {

	private final JdbcClient jdbc;

	ContactChangeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(long contactId, long userId, List<Change> changes, Instant at) {
		for (Change change : changes) {
			this.jdbc.sql("""
					insert into contact_change (contact_id, changed_by, field, old_value, new_value, changed_at)
					values (?, ?, ?, ?, ?, ?)
					""")
				.params(contactId, userId, change.field(), change.oldValue(), change.newValue(),
						OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
				.update();
		}
	}

}
