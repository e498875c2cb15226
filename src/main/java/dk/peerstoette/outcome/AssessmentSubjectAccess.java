package dk.peerstoette.outcome;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.instrument.InstrumentDefinition;
import dk.peerstoette.instrument.InstrumentDirectory;
import dk.peerstoette.recipient.SubjectAccessSection;
import dk.peerstoette.recipient.SubjectAccessSection.Entry;
import dk.peerstoette.recipient.SubjectAccessSection.Field;
import dk.peerstoette.recipient.SubjectAccessSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A recipient's CHIME assessments for their subject access export: when, in which course,
 * by whom answered, the scores, and every answer with the statement it answers in the
 * reader's language.
 */
@Component
class AssessmentSubjectAccess implements SubjectAccessSource {

	private final JdbcClient jdbc;

	private final InstrumentDirectory instruments;

	AssessmentSubjectAccess(JdbcClient jdbc, InstrumentDirectory instruments) {
		this.jdbc = jdbc;
		this.instruments = instruments;
	}

	@Override
	public Set<String> tables() {
		return Set.of("assessment", "assessment_answer");
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SubjectAccessSection> sectionsOf(long recipientId, Locale locale) {
		Map<Long, Map<Long, Integer>> answers = new HashMap<>();
		this.jdbc.sql("""
				select aa.assessment_id, aa.item_id, aa.answer
				from assessment_answer aa
				join assessment a on a.id = aa.assessment_id and a.recipient_id = :recipient
				""").param("recipient", recipientId).query((rs) -> {
			answers.computeIfAbsent(rs.getLong("assessment_id"), (id) -> new LinkedHashMap<>())
				.put(rs.getLong("item_id"), rs.getInt("answer"));
		});
		Map<Long, Optional<InstrumentDefinition>> definitions = new HashMap<>();
		List<Entry> entries = this.jdbc.sql("""
				select id, course_id, instrument_id, timepoint, answered_on, respondent, status, answered_items,
				       score_connection, score_hope, score_identity, score_meaning, score_empowerment,
				       created_at, completed_at, updated_at
				from assessment
				where recipient_id = :recipient
				order by answered_on, id
				""").param("recipient", recipientId).query((rs, n) -> {
			long id = rs.getLong("id");
			long instrumentId = rs.getLong("instrument_id");
			InstrumentDefinition instrument = definitions.computeIfAbsent(instrumentId, this.instruments::definition)
				.orElse(null);
			List<Field> fields = new ArrayList<>(
					List.of(Field.of("id", id), Field.of("courseId", rs.getLong("course_id")),
							Field.of("instrument", (instrument != null) ? instrument.name(locale) : null),
							Field.code("timepoint", "outcome.timepoint.", rs.getString("timepoint")),
							Field.of("answeredOn", rs.getObject("answered_on", LocalDate.class)),
							Field.code("respondent", "outcome.respondent.", rs.getString("respondent")),
							Field.code("status", "outcome.assessment.status.", rs.getString("status")),
							Field.of("answeredItems", rs.getInt("answered_items"))));
			for (String dimension : List.of("connection", "hope", "identity", "meaning", "empowerment")) {
				fields.add(Field.of("score" + Character.toUpperCase(dimension.charAt(0)) + dimension.substring(1),
						rs.getObject("score_" + dimension, BigDecimal.class)));
			}
			fields.add(Field.of("createdAt", instant(rs.getTimestamp("created_at"))));
			fields.add(Field.of("completedAt", instant(rs.getTimestamp("completed_at"))));
			fields.add(Field.of("changedAt", instant(rs.getTimestamp("updated_at"))));
			return new Entry(fields, List.of(new SubjectAccessSection("answers", "outcome.export.answers.",
					answers(instrument, answers.getOrDefault(id, Map.of()), locale))));
		}).list();
		return List.of(new SubjectAccessSection("assessments", "outcome.export.", entries));
	}

	/** The answers in the instrument's order, each with its statement. */
	private static List<Entry> answers(@Nullable InstrumentDefinition instrument, Map<Long, Integer> given,
			Locale locale) {
		List<Entry> entries = new ArrayList<>();
		Map<Long, Integer> left = new LinkedHashMap<>(given);
		if (instrument != null) {
			for (InstrumentDefinition.Item item : instrument.items()) {
				Integer answer = left.remove(item.id());
				if (answer != null) {
					entries.add(Entry.of(Field.of("itemId", item.id()), Field.of("position", item.position()),
							Field.code("dimension", "instrument.dimension.", item.dimension()),
							Field.of("statement", item.text(locale)), Field.of("answer", answer)));
				}
			}
		}
		left.forEach((itemId, answer) -> entries.add(Entry.of(Field.of("itemId", itemId), Field.of("answer", answer))));
		return entries;
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
