package dk.peerstoette;

import java.util.List;

import dk.peerstoette.audit.AuditEntry;
import dk.peerstoette.audit.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the tests of audited lists and searches read back from the access log: where it
 * stood before a request, the search a request wrote, and which records that row showed.
 */
public final class AuditTrail {

	private final JdbcClient jdbc;

	private final AuditLog auditLog;

	public AuditTrail(JdbcClient jdbc, AuditLog auditLog) {
		this.jdbc = jdbc;
		this.auditLog = auditLog;
	}

	/** The newest row's id (0 when empty): what a request writes comes after it. */
	public long lastId() {
		return this.jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
	}

	/**
	 * The newest search of one kind of record by a user written after a row; there must
	 * be one.
	 */
	public AuditEntry newestSearch(String username, String entityType, long after) {
		List<AuditEntry> entries = this.auditLog.entriesBy(username, 20)
			.stream()
			.filter((entry) -> entry.id() > after && "SEARCH".equals(entry.action().name())
					&& entityType.equals(entry.entityType()))
			.toList();
		assertThat(entries).as("searches of " + entityType).isNotEmpty();
		return entries.get(0);
	}

	/** The ids of one type a row says it showed, in the order shown. */
	public List<Long> shown(long auditId, String type) {
		return this.jdbc.sql("""
				select e.value::bigint from audit_event a
				cross join lateral jsonb_array_elements_text(a.shown -> ?) with ordinality as e (value, n)
				where a.id = ? order by e.n
				""").param(type).param(auditId).query(Long.class).list();
	}

}
