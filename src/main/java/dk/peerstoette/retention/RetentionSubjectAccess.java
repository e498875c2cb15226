package dk.peerstoette.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dk.peerstoette.recipient.SubjectAccessSection;
import dk.peerstoette.recipient.SubjectAccessSection.Entry;
import dk.peerstoette.recipient.SubjectAccessSection.Field;
import dk.peerstoette.recipient.SubjectAccessSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The legal holds on a recipient's data (with their reasons) and its anonymisation, for
 * the recipient's subject access export: a hold keeps their data longer, so they are told
 * why.
 */
@Component
class RetentionSubjectAccess implements SubjectAccessSource {

	private final JdbcClient jdbc;

	RetentionSubjectAccess(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> tables() {
		return Set.of("legal_hold", "anonymisation");
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SubjectAccessSection> sectionsOf(long recipientId, Locale locale) {
		List<Entry> holds = this.jdbc.sql("""
				select ground, reason, placed_on, lifted_on from legal_hold
				where recipient_id = :recipient order by placed_on, id
				""")
			.param("recipient", recipientId)
			.query((rs, n) -> Entry.of(Field.code("ground", "retention.holdGround.", rs.getString("ground")),
					Field.of("reason", rs.getString("reason")),
					Field.of("placedOn", rs.getObject("placed_on", LocalDate.class)),
					Field.of("liftedOn", rs.getObject("lifted_on", LocalDate.class))))
			.list();
		List<Entry> anonymised = this.jdbc.sql("""
				select anonymised_on, cause, erasure_ground from anonymisation where recipient_id = :recipient
				""")
			.param("recipient", recipientId)
			.query((rs, n) -> Entry.of(Field.of("anonymisedOn", rs.getObject("anonymised_on", LocalDate.class)),
					Field.code("cause", "retention.export.cause.", rs.getString("cause")),
					Field.code("erasureGround", "retention.erasureGround.", rs.getString("erasure_ground"))))
			.list();
		return List.of(new SubjectAccessSection("legalHolds", "retention.export.holds.", holds),
				new SubjectAccessSection("anonymisation", "retention.export.anonymisation.", anonymised));
	}

}
