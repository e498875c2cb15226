package dk.peerstoette.course;

import dk.peerstoette.recipient.AnonymisationStep;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An anonymised recipient's courses lose their title, goals (the recipient's own words)
 * and discharge day once nobody identifiable is left in them: a group course keeps them
 * while another member is still on record. Kind, unit, model and period stay, for the
 * dashboard.
 */
@Component
class CourseAnonymisation implements AnonymisationStep {

	private final JdbcClient jdbc;

	CourseAnonymisation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void anonymise(long recipientId) {
		this.jdbc
			.sql("""
					update course c set title = null, goals = null, discharge_on = null, version = c.version + 1
					where c.id in (select cr.course_id from course_recipient cr where cr.recipient_id = :id)
					  and not exists (select 1 from course_recipient other join recipient_view r on r.id = other.recipient_id
					                  where other.course_id = c.id and r.anonymised_on is null)
					""")
			.param("id", recipientId)
			.update();
	}

}
