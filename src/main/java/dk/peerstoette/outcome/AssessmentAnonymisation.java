package dk.peerstoette.outcome;

import dk.peerstoette.recipient.AnonymisationStep;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An anonymised recipient's assessments lose their answers item by item; the dimension
 * scores, timepoint and day stay, which is all the dashboard's CHIME figures read.
 */
@Component
class AssessmentAnonymisation implements AnonymisationStep {

	private final JdbcClient jdbc;

	AssessmentAnonymisation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void anonymise(long recipientId) {
		this.jdbc.sql("""
				delete from assessment_answer an using assessment a
				where an.assessment_id = a.id and a.recipient_id = :id
				""").param("id", recipientId).update();
	}

}
