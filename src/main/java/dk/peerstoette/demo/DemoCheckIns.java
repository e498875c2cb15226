package dk.peerstoette.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Peer workers' own check-ins in the demo: {@code koordinator} supervises the active
 * København peer workers who have no supervisor yet, and the demo peer workers of
 * København and Aarhus have check-ins about every four weeks for half a year. The first
 * København peer worker without a login had high strain in both of their last two
 * check-ins, so that the coordinator sees a flag. A peer worker with check-ins already is
 * left as they are.
 */
@Component
@Profile("!prod")
@Order(20)
class DemoCheckIns implements DemoPart {

	private static final String KOBENHAVN = "Københavns Kommune";

	/**
	 * Answers (hope, meaning, identity, competence, connection, demand, set back), oldest
	 * first, one every four weeks up to today.
	 */
	private static final int[][] STEADY = { { 2, 2, 2, 1, 2, 3, 2 }, { 2, 3, 2, 2, 2, 2, 1 }, { 3, 3, 2, 2, 3, 2, 1 },
			{ 2, 2, 2, 2, 2, 3, 2 }, { 3, 3, 3, 3, 3, 2, 1 }, { 3, 4, 3, 3, 3, 1, 0 } };

	private static final int[][] STRAINED = { { 3, 3, 3, 2, 3, 2, 1 }, { 3, 3, 2, 2, 3, 2, 1 }, { 2, 3, 2, 2, 2, 2, 2 },
			{ 2, 2, 2, 2, 2, 3, 2 }, { 1, 2, 2, 2, 1, 4, 2 }, { 1, 2, 1, 2, 1, 3, 3 } };

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoCheckIns(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void load() {
		LocalDate today = LocalDate.now(this.clock);
		this.jdbc.sql("""
				update peer_worker set supervisor_user_id = (select id from staff_user where username = 'koordinator')
				where supervisor_user_id is null and (ends_on is null or ends_on > ?)
				  and organisation_id = (select id from organisation where name = ?)
				""").params(today, KOBENHAVN).update();
		List<Long> withLogin = this.jdbc.sql("""
				select pw.id from peer_worker pw join staff_user u on u.id = pw.staff_user_id
				where u.username in ('peer', 'peer.aarhus') order by pw.id
				""").query(Long.class).list();
		withLogin.forEach((id) -> checkIns(id, STEADY, today));
		this.jdbc.sql("""
				select pw.id from peer_worker pw join organisation o on o.id = pw.organisation_id
				where o.name = ? and pw.staff_user_id is null and (pw.ends_on is null or pw.ends_on > ?)
				order by pw.id limit 1
				""")
			.params(KOBENHAVN, today)
			.query(Long.class)
			.optional()
			.ifPresent((id) -> checkIns(id, STRAINED, today));
	}

	private void checkIns(long peerWorkerId, int[][] answers, LocalDate today) {
		boolean any = this.jdbc.sql("select exists (select 1 from peer_checkin where peer_worker_id = ?)")
			.param(peerWorkerId)
			.query(Boolean.class)
			.single();
		if (any) {
			return;
		}
		for (int i = 0; i < answers.length; i++) {
			int[] a = answers[i];
			this.jdbc.sql("""
					insert into peer_checkin (peer_worker_id, answered_on, hope, meaning, identity, competence,
					    connection, demand, set_back)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)
					""")
				.params(peerWorkerId, today.minusWeeks(4L * (answers.length - 1 - i)), a[0], a[1], a[2], a[3], a[4],
						a[5], a[6])
				.update();
		}
	}

}
