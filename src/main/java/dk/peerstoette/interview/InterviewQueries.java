package dk.peerstoette.interview;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.PeerRole;
import dk.peerstoette.recipient.ConsentKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The recipients who may be contacted for an interview, read through the views the
 * recipient, course and partnership modules publish: the consent, and the model of the
 * recipient's current course that the sample is stratified by.
 */
@Component
class InterviewQueries {

	private final JdbcClient jdbc;

	InterviewQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A recipient of the organisations whose consent to being contacted for an evaluation
	 * interview was given by {@code givenBy} and holds {@code today}: their unit, and the
	 * model and role of their latest course active today, if any.
	 */
	record ConsentingRecipient(long id, long organisationId, long unitId, @Nullable Long modelId,
			@Nullable PeerRole role) {
	}

	List<ConsentingRecipient> consentingRecipients(Collection<Long> organisationIds, LocalDate givenBy,
			LocalDate today) {
		if (organisationIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select r.id, r.organisation_id, r.unit_id, cur.model_id, m.peer_role
				from recipient_view r
				left join lateral (
				    select co.model_id from course_recipient_view cr join course_view co on co.id = cr.course_id
				    where cr.recipient_id = r.id and co.starts_on <= :today
				      and (co.ended_on is null or co.ended_on >= :today)
				    order by co.starts_on desc, co.id desc limit 1) cur on true
				left join peer_support_model_view m on m.id = cur.model_id
				where r.organisation_id in (:orgs)
				  and exists (select 1 from consent_view c
				              where c.recipient_id = r.id and c.kind = :kind and c.given_on <= :givenBy
				                and (c.expires_on is null or c.expires_on >= :today)
				                and (c.withdrawn_on is null or c.withdrawn_on > :today))
				order by r.id
				""")
			.param("orgs", organisationIds)
			.param("kind", ConsentKind.EVALUATION_INTERVIEW.name())
			.param("givenBy", givenBy)
			.param("today", today)
			.query((row, n) -> new ConsentingRecipient(row.getLong(1), row.getLong(2), row.getLong(3),
					row.getObject(4, Long.class),
					(row.getString(5) != null) ? PeerRole.valueOf(row.getString(5)) : null))
			.list();
	}

}
