package dk.peerstoette.quote;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import dk.peerstoette.recipient.AnonymisationStep;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An anonymised recipient's quotes lose their link to the recipient. The link is what
 * keeps a quote out of reports once the consent to anonymised quotes no longer holds, so
 * a quote whose consent does not hold today is taken out (deleted) before it is unlinked,
 * instead of reappearing in reports as a quote of nobody.
 */
@Component
class QuoteAnonymisation implements AnonymisationStep {

	private final JdbcClient jdbc;

	private final Clock clock;

	QuoteAnonymisation(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void anonymise(long recipientId) {
		this.jdbc
			.sql("""
					update quote q set deleted_at = :now
					where q.recipient_id = :id and q.deleted_at is null and not exists (
					      select 1 from consent_view c where c.recipient_id = q.recipient_id and c.kind = 'ANONYMISED_QUOTES'
					      and c.given_on <= :today and (c.expires_on is null or c.expires_on >= :today)
					      and (c.withdrawn_on is null or c.withdrawn_on > :today))
					""")
			.param("id", recipientId)
			.param("today", LocalDate.now(this.clock))
			.param("now", this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		this.jdbc.sql("update quote set recipient_id = null, version = version + 1 where recipient_id = :id")
			.param("id", recipientId)
			.update();
	}

}
