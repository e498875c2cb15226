package dk.peerstoette.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Consents to being contacted for an evaluation interview, so that the interview sample
 * has people to draw: about every third recipient and every other peer worker of the
 * demo's organisations, given in the last months; one recipient's consent of each
 * organisation has since been withdrawn and another has expired, which keep them out of
 * every draw. Loaded once: left alone if any such consent exists.
 */
@Component
@Profile("!prod")
@Order(50)
class DemoInterviews implements DemoPart {

	private static final String KIND = "EVALUATION_INTERVIEW";

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoInterviews(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void load() {
		boolean loaded = this.jdbc.sql("select exists (select 1 from consent where kind = ?)")
			.param(KIND)
			.query(Boolean.class)
			.single();
		if (loaded) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		// Set-based, so that it costs the same beside the national programme.
		this.jdbc
			.sql("""
					insert into consent (recipient_id, kind, given_on, method, expires_on, withdrawn_on)
					select id, :kind, :today - (10 + ((n / 3) * 11) % 150)::int, case when n % 2 = 0 then 'VERBAL' else 'WRITTEN' end,
					       case when n = 7 then :today - 1 end, case when n = 4 then :today - 2 end
					from (select id, row_number() over (partition by organisation_id order by id) as n
					      from recipient where anonymised_on is null) r
					where n % 3 = 1
					""")
			.param("kind", KIND)
			.param("today", today)
			.update();
		this.jdbc.sql("""
				insert into peer_worker_consent (peer_worker_id, kind, given_on)
				select id, :kind, :today - (20 + 7 * n)::int
				from (select id, row_number() over (partition by organisation_id order by id) as n
				      from peer_worker where ends_on is null or ends_on >= :today) p
				where n % 2 = 1
				""").param("kind", KIND).param("today", today).update();
	}

}
