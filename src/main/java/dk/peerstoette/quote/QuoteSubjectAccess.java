package dk.peerstoette.quote;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.instrument.ChimeDimension;
import dk.peerstoette.recipient.SubjectAccessSection;
import dk.peerstoette.recipient.SubjectAccessSection.Entry;
import dk.peerstoette.recipient.SubjectAccessSection.Field;
import dk.peerstoette.recipient.SubjectAccessSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quotes and observations linked to a recipient, for their subject access export: the
 * text, its CHIME dimensions, its attribution (speaker, level, region) and where it was
 * recorded; deleted ones too, as the row is kept.
 */
@Component
class QuoteSubjectAccess implements SubjectAccessSource {

	private final JdbcClient jdbc;

	QuoteSubjectAccess(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> tables() {
		return Set.of("quote");
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SubjectAccessSection> sectionsOf(long recipientId, Locale locale) {
		List<Entry> entries = this.jdbc.sql("""
				select q.id, q.kind, q.text, u.name as unit, q.recorded_on, q.chime_connection, q.chime_hope,
				       q.chime_identity, q.chime_meaning, q.chime_empowerment, q.speaker, q.level, r.name as region,
				       q.created_at, q.updated_at, q.deleted_at
				from quote q
				join unit_view u on u.id = q.unit_id
				left join organisation_view r on r.id = q.region_id
				where q.recipient_id = :recipient
				order by q.recorded_on, q.id
				""").param("recipient", recipientId).query((rs, n) -> {
			List<String> dimensions = new ArrayList<>();
			for (ChimeDimension dimension : ChimeDimension.values()) {
				if (rs.getBoolean("chime_" + dimension.name().toLowerCase(Locale.ROOT))) {
					dimensions.add(dimension.name());
				}
			}
			return Entry.of(Field.of("id", rs.getLong("id")), Field.code("kind", "quote.kind.", rs.getString("kind")),
					Field.of("text", rs.getString("text")), Field.of("unit", rs.getString("unit")),
					Field.of("recordedOn", rs.getObject("recorded_on", LocalDate.class)),
					Field.codes("chimeDimensions", "instrument.dimension.", dimensions),
					Field.code("speaker", "quote.speaker.", rs.getString("speaker")),
					Field.code("level", "quote.level.", rs.getString("level")),
					Field.of("region", rs.getString("region")),
					Field.of("createdAt", instant(rs.getTimestamp("created_at"))),
					Field.of("changedAt", instant(rs.getTimestamp("updated_at"))),
					Field.of("deletedAt", instant(rs.getTimestamp("deleted_at"))));
		}).list();
		return List.of(new SubjectAccessSection("quotes", "quote.export.", entries));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
