package dk.peerstoette.staffsurvey;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.instrument.InstrumentDefinition;
import dk.peerstoette.instrument.InstrumentDirectory;
import dk.peerstoette.web.FormProblems;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answering through a link, for anyone who holds one: no account, and nothing stored
 * about who answered. The link is spent and the answer stored in one transaction; the
 * answer names its round only, and the link's row is gone (see {@link AnswerLinks}).
 * Nothing is written to the access log: there is no person to log.
 */
@Service
class SurveyAnswerService {

	private final AnswerLinks links;

	private final SurveyRoundRepository rounds;

	private final InstrumentDirectory instruments;

	private final JdbcClient jdbc;

	SurveyAnswerService(AnswerLinks links, SurveyRoundRepository rounds, InstrumentDirectory instruments,
			JdbcClient jdbc) {
		this.links = links;
		this.rounds = rounds;
		this.instruments = instruments;
		this.jdbc = jdbc;
	}

	/** The questionnaire of a link that may still be used. */
	@Transactional(readOnly = true)
	public Optional<InstrumentDefinition> questionnaire(@Nullable String token) {
		return this.links.roundOf(token).map(this::instrumentOf);
	}

	/**
	 * Stores the answers and spends the link. Every item must be answered: a skipped item
	 * would make the respondent's other answers of its dimension the difference between
	 * the dimension's mean and its items' means.
	 * @throws LinkUnavailableException when the link was used (also a moment ago, by a
	 * request sent at the same time), its round closed, or it does not exist
	 */
	@Transactional
	public void answer(@Nullable String token, SurveyAnswerForm form, FormProblems problems) {
		long roundId = this.links.roundOf(token).orElseThrow(LinkUnavailableException::new);
		InstrumentDefinition instrument = instrumentOf(roundId);
		Set<Long> itemIds = new HashSet<>();
		for (InstrumentDefinition.Item item : instrument.items()) {
			itemIds.add(item.id());
			Integer value = form.getAnswers().get(item.id());
			String field = "answers[" + item.id() + "]";
			if (value == null) {
				problems.add(field, "staffsurvey.answer.required");
			}
			else if (!instrument.isOnScale(value)) {
				problems.add(field, "staffsurvey.answer.offScale");
			}
		}
		if (!itemIds.containsAll(form.getAnswers().keySet())) {
			problems.addToForm("staffsurvey.answer.unknownItem");
		}
		problems.throwIfAny();
		if (this.links.spend(token).isEmpty()) {
			throw new LinkUnavailableException();
		}
		UUID answerId = this.jdbc.sql("insert into staff_survey_answer (round_id) values (?) returning id")
			.param(roundId)
			.query(UUID.class)
			.single();
		List<Map.Entry<Long, @Nullable Integer>> given = List.copyOf(form.getAnswers().entrySet());
		for (Map.Entry<Long, @Nullable Integer> answer : given) {
			this.jdbc.sql("insert into staff_survey_answer_item (answer_id, item_id, value) values (?, ?, ?)")
				.params(answerId, answer.getKey(), answer.getValue())
				.update();
		}
	}

	private InstrumentDefinition instrumentOf(long roundId) {
		long instrumentId = this.rounds.findById(roundId).orElseThrow(LinkUnavailableException::new).getInstrumentId();
		return this.instruments.definition(instrumentId).orElseThrow();
	}

}
