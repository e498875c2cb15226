package dk.peerstoette.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dk.peerstoette.instrument.InstrumentDefinition;
import dk.peerstoette.instrument.InstrumentDirectory;
import dk.peerstoette.instrument.InstrumentPurpose;
import dk.peerstoette.instrument.ItemDimension;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Peer workers' own check-ins in the demo, on the check-in instrument we ship:
 * {@code koordinator} supervises the active København peer workers who have no supervisor
 * yet, and the demo peer workers of København and Aarhus have check-ins about every four
 * weeks for half a year. The first København peer worker without a login had high strain
 * in both of their last two check-ins, so that the coordinator sees a flag; they keep
 * theirs out of anonymous statistics. Every other active peer worker of the Hovedstaden
 * partnership has check-ins too, and lets them count, so that the manager {@code leder}
 * sees the peer workers' change for a group of more than five. A peer worker with
 * check-ins already is left as they are.
 */
@Component
@Profile("!prod")
@Order(20)
class DemoCheckIns implements DemoPart {

	private static final String KOBENHAVN = "Københavns Kommune";

	/**
	 * Answers in the order of the check-in's items (hope, meaning, identity, competence,
	 * connection, demand, set back), oldest first, one every four weeks up to today.
	 */
	private static final int[][] STEADY = { { 2, 2, 2, 1, 2, 3, 2 }, { 2, 3, 2, 2, 2, 2, 1 }, { 3, 3, 2, 2, 3, 2, 1 },
			{ 2, 2, 2, 2, 2, 3, 2 }, { 3, 3, 3, 3, 3, 2, 1 }, { 3, 4, 3, 3, 3, 1, 0 } };

	private static final int[][] STRAINED = { { 3, 3, 3, 2, 3, 2, 1 }, { 3, 3, 2, 2, 3, 2, 1 }, { 2, 3, 2, 2, 2, 2, 2 },
			{ 2, 2, 2, 2, 2, 3, 2 }, { 1, 2, 2, 2, 1, 4, 2 }, { 1, 2, 1, 2, 1, 3, 3 } };

	private final JdbcClient jdbc;

	private final InstrumentDirectory instruments;

	private final Clock clock;

	DemoCheckIns(JdbcClient jdbc, InstrumentDirectory instruments, Clock clock) {
		this.jdbc = jdbc;
		this.instruments = instruments;
		this.clock = clock;
	}

	@Override
	public void load() {
		InstrumentDefinition instrument = this.instruments.standard(InstrumentPurpose.PEER_CHECKIN).orElse(null);
		if (instrument == null) {
			return;
		}
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
		withLogin.forEach((id) -> checkIns(id, STEADY, true, instrument, today));
		this.jdbc.sql("""
				select pw.id from peer_worker pw join organisation o on o.id = pw.organisation_id
				where o.name = ? and pw.staff_user_id is null and (pw.ends_on is null or pw.ends_on > ?)
				order by pw.id limit 1
				""")
			.params(KOBENHAVN, today)
			.query(Long.class)
			.optional()
			.ifPresent((id) -> checkIns(id, STRAINED, false, instrument, today));
		List<Long> partnership = this.jdbc.sql("""
				select pw.id from peer_worker pw
				where (pw.ends_on is null or pw.ends_on > ?) and pw.starts_on <= ?
				  and pw.organisation_id in (select m.organisation_id from partnership_membership m
				      join partnership p on p.id = m.partnership_id where p.name = ?)
				order by pw.id
				""").params(today, today.minusWeeks(20), DemoProgramme.HOVEDSTADEN).query(Long.class).list();
		for (long id : partnership) {
			checkIns(id, varied(STEADY, new Random(id)), true, instrument, today);
		}
	}

	/** The answers moved by one up or down now and then, within the scale. */
	private static int[][] varied(int[][] answers, Random random) {
		int[][] varied = new int[answers.length][];
		for (int i = 0; i < answers.length; i++) {
			varied[i] = answers[i].clone();
			for (int j = 0; j < varied[i].length; j++) {
				varied[i][j] = Math.max(0, Math.min(4, varied[i][j] + random.nextInt(3) - 1));
			}
		}
		return varied;
	}

	private void checkIns(long peerWorkerId, int[][] answers, boolean countsInStatistics,
			InstrumentDefinition instrument, LocalDate today) {
		boolean any = this.jdbc.sql("select exists (select 1 from peer_checkin where peer_worker_id = ?)")
			.param(peerWorkerId)
			.query(Boolean.class)
			.single();
		if (any) {
			return;
		}
		List<InstrumentDefinition.Item> items = instrument.items();
		for (int i = 0; i < answers.length; i++) {
			Map<Long, Integer> given = new HashMap<>();
			for (int j = 0; j < items.size(); j++) {
				given.put(items.get(j).id(), answers[i][j]);
			}
			Map<ItemDimension, BigDecimal> scores = instrument.scores(given);
			// The check-in's own rule (CheckIn.highStrain) on the 0 to 4 scale we ship.
			boolean highStrain = scores.entrySet()
				.stream()
				.anyMatch(
						(score) -> score.getKey().isStrain() && score.getValue().compareTo(BigDecimal.valueOf(3)) >= 0);
			long checkIn = this.jdbc
				.sql("""
						insert into peer_checkin (peer_worker_id, answered_on, instrument_id, high_strain, statistics_consent,
						    statistics_consent_changed_at)
						values (?, ?, ?, ?, ?, ?) returning id
						""")
				.params(peerWorkerId, today.minusWeeks(4L * (answers.length - 1 - i)), instrument.id(), highStrain,
						countsInStatistics,
						countsInStatistics ? this.clock.instant().atOffset(java.time.ZoneOffset.UTC) : null)
				.query(Long.class)
				.single();
			this.jdbc.sql("""
					insert into peer_checkin_answer (checkin_id, item_id, answer)
					select ?, unnest(?::bigint[]), unnest(?::smallint[])
					""")
				.params(checkIn, given.keySet().toArray(Long[]::new), given.values().toArray(Integer[]::new))
				.update();
			this.jdbc.sql("""
					insert into peer_checkin_score (checkin_id, dimension, score)
					select ?, unnest(?::varchar[]), unnest(?::numeric[])
					""")
				.params(checkIn, scores.keySet().stream().map(Enum::name).toArray(String[]::new),
						scores.values().toArray(BigDecimal[]::new))
				.update();
		}
	}

}
