package dk.peerstoette.recipient;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymises a recipient: alias, number, reference, birth year, gender, referral and
 * consents go, and every {@link AnonymisationStep} removes what its module keeps; the row
 * stays (with {@code anonymised_on}), so that what the dashboard counts of the person
 * still counts one person, who is no longer anyone. The network stays too: a count of
 * relatives per role, with no one named, which the dashboard counts. Whether it may
 * happen (retention period, legal hold, who asks) is the caller's to decide, with the
 * recipient {@linkplain #lock locked} in the same transaction.
 */
@Service
public class RecipientAnonymisation {

	private final JdbcClient jdbc;

	private final List<AnonymisationStep> steps;

	private final Clock clock;

	RecipientAnonymisation(JdbcClient jdbc, List<AnonymisationStep> steps, Clock clock) {
		this.jdbc = jdbc;
		this.steps = steps;
		this.clock = clock;
	}

	/**
	 * Locks the recipient's row until the caller's transaction ends, so that a legal hold
	 * and an anonymisation of the same recipient happen one after the other, each seeing
	 * the other's result.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<LockedRecipient> lock(long recipientId) {
		return this.jdbc.sql("select id, organisation_id, anonymised_on from recipient where id = ? for update")
			.param(recipientId)
			.query((rs, n) -> new LockedRecipient(rs.getLong("id"), rs.getLong("organisation_id"),
					rs.getObject("anonymised_on", LocalDate.class)))
			.optional();
	}

	/**
	 * Anonymises a recipient the caller has {@linkplain #lock locked}; false (and nothing
	 * changed) if it was anonymised already.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean anonymise(long recipientId) {
		// The number is replaced too: staff know people by it. The new one is made of the
		// row's id, which every counted row carries anyway.
		int changed = this.jdbc.sql("""
				update recipient set alias = '', internal_number = 'ANON-' || id, external_reference = null,
				       birth_year = null, gender = 'NOT_STATED', referral_date = null, referral_source_id = null,
				       anonymised_on = :today, updated_at = :now, version = version + 1
				where id = :id and anonymised_on is null
				""")
			.param("today", LocalDate.now(this.clock))
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", recipientId)
			.update();
		if (changed == 0) {
			return false;
		}
		this.steps.forEach((step) -> step.anonymise(recipientId));
		this.jdbc.sql("delete from consent where recipient_id = ?").param(recipientId).update();
		return true;
	}

	/**
	 * A recipient as locked for retention: its organisation and whether it is anonymised.
	 */
	public record LockedRecipient(long id, long organisationId, @Nullable LocalDate anonymisedOn) {

		public boolean isAnonymised() {
			return this.anonymisedOn != null;
		}

	}

}
