package dk.peerstoette.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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
		List<Long> organisations = this.jdbc.sql("select id from organisation order by id").query(Long.class).list();
		for (long organisation : organisations) {
			List<Long> recipients = this.jdbc.sql("""
					select id from recipient where organisation_id = ? and anonymised_on is null order by id
					""").param(organisation).query(Long.class).list();
			int n = 0;
			for (int i = 0; i < recipients.size(); i += 3) {
				LocalDate given = today.minusDays(10 + (n * 11) % 150);
				LocalDate withdrawn = (n == 1) ? today.minusDays(2) : null;
				LocalDate expires = (n == 2) ? today.minusDays(1) : null;
				this.jdbc.sql("""
						insert into consent (recipient_id, kind, given_on, method, expires_on, withdrawn_on)
						values (?, ?, ?, ?, ?, ?)
						""")
					.params(recipients.get(i), KIND, given, (n % 2 == 0) ? "WRITTEN" : "VERBAL",
							(expires != null && expires.isBefore(given)) ? given : expires, withdrawn)
					.update();
				n++;
			}
			List<Long> peers = this.jdbc
				.sql("""
						select id from peer_worker where organisation_id = ? and (ends_on is null or ends_on >= ?) order by id
						""")
				.params(organisation, today)
				.query(Long.class)
				.list();
			for (int i = 0; i < peers.size(); i += 2) {
				this.jdbc.sql("""
						insert into peer_worker_consent (peer_worker_id, kind, given_on)
						values (?, ?, ?)
						""").params(peers.get(i), KIND, today.minusDays(20 + 7 * i)).update();
			}
		}
	}

}
