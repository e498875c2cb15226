package dk.peerstoette.migration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import dk.peerstoette.TestPostgres;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V11_21 on a database that has check-ins and quotes from before it, as an installation
 * that updates has: every check-in moves to the check-in instrument we ship with every
 * answer kept (and none of them counts in statistics, which nobody was asked), and a
 * quote gets the region its organisation's partnerships name.
 */
class PeerOutcomesMigrationTest {

	@Test
	void existingCheckInsMoveToTheDefaultInstrumentWithoutLossAndQuotesGetTheirRegion() throws SQLException {
		String url = TestPostgres.get().createEmptyDatabase("peerstoette_peer_outcomes");
		migrate(url, "11.17");
		try (Connection owner = connect(url)) {
			JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(owner, true));
			long partnership = id(jdbc, "insert into partnership (name) values ('P') returning id");
			long region = id(jdbc,
					"insert into organisation (name, kind) values ('Region Sjælland', 'REGION') returning id");
			long municipality = id(jdbc,
					"insert into organisation (name, kind) values ('Roskilde', 'MUNICIPALITY') returning id");
			long lonely = id(jdbc, "insert into organisation (name, kind) values ('Alene', 'NGO') returning id");
			for (long member : List.of(region, municipality)) {
				jdbc.sql("insert into partnership_membership (partnership_id, organisation_id) values (?, ?)")
					.params(partnership, member)
					.update();
			}
			long peer = id(jdbc, """
					insert into peer_worker (organisation_id, full_name, employment_form, peer_role, starts_on)
					values (%d, 'Peer', 'PAID', 'SUPPLEMENTARY', date '2024-01-01') returning id
					""".formatted(municipality));
			jdbc.sql(
					"""
							insert into peer_checkin (peer_worker_id, answered_on, hope, meaning, identity, competence, connection,
							    demand, set_back)
							values (?, date '2024-03-01', 0, 1, 2, 3, 4, 1, 3), (?, date '2024-04-01', 4, 3, 2, 1, 0, 2, 2)
							""")
				.params(peer, peer)
				.update();
			long author = id(jdbc, """
					insert into staff_user (username, password_hash, full_name, role, organisation_id)
					values ('koord', 'x', 'Koordinator', 'COORDINATOR', %d) returning id
					""".formatted(municipality));
			for (long organisation : List.of(municipality, region, lonely)) {
				long unit = id(jdbc,
						"""
								insert into unit (organisation_id, name, kind, sector) values (%d, 'Enhed', 'OTHER', 'MUNICIPAL')
								returning id
								"""
							.formatted(organisation));
				jdbc.sql("""
						insert into quote (kind, text, organisation_id, unit_id, recorded_on, chime_hope, created_by)
						values ('QUOTE', 'Ord', ?, ?, date '2024-05-01', true, ?)
						""").params(organisation, unit, author).update();
			}
		}

		migrate(url, null);

		try (Connection owner = connect(url)) {
			JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(owner, true));
			assertThat(jdbc.sql("""
					select c.answered_on || ' ' || i.code || ' ' || c.high_strain || ' ' || c.statistics_consent || ' '
					    || (select string_agg(a.answer::text, ',' order by it.position) from peer_checkin_answer a
					        join instrument_item it on it.id = a.item_id where a.checkin_id = c.id) || ' '
					    || (select string_agg(s.dimension || '=' || s.score, ',' order by s.dimension)
					        from peer_checkin_score s where s.checkin_id = c.id)
					from peer_checkin c join instrument i on i.id = c.instrument_id order by c.answered_on
					""").query(String.class).list()).containsExactly(
					"2024-03-01 CHECKIN-7 true false 0,1,2,3,4,1,3 COMPETENCE=3.00,CONNECTION=4.00,DEMAND=1.00,"
							+ "HOPE=0.00,IDENTITY=2.00,MEANING=1.00,SET_BACK=3.00",
					"2024-04-01 CHECKIN-7 false false 4,3,2,1,0,2,2 COMPETENCE=1.00,CONNECTION=0.00,DEMAND=2.00,"
							+ "HOPE=4.00,IDENTITY=2.00,MEANING=3.00,SET_BACK=2.00");
			assertThat(jdbc.sql("""
					select o.name || ' ' || coalesce(r.name, '-') || ' ' || q.level || ' ' || coalesce(q.speaker, '-')
					from quote q join organisation o on o.id = q.organisation_id
					left join organisation r on r.id = q.region_id order by q.id
					""").query(String.class).list()).containsExactly("Roskilde Region Sjælland RECIPIENT -",
					"Region Sjælland Region Sjælland RECIPIENT -", "Alene - RECIPIENT -");
			assertThat(jdbc.sql("select purpose from instrument where code = 'CHIME-10'").query(String.class).single())
				.isEqualTo("RECIPIENT_OUTCOME");
		}
	}

	private static void migrate(String url, @Nullable String target) {
		var configuration = Flyway.configure()
			.dataSource(url, TestPostgres.get().owner().username(), TestPostgres.get().owner().password())
			.locations("classpath:db/migration");
		if (target != null) {
			configuration.target(target);
		}
		configuration.load().migrate();
	}

	private static long id(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private static Connection connect(String url) throws SQLException {
		return DriverManager.getConnection(url, TestPostgres.get().owner().username(),
				TestPostgres.get().owner().password());
	}

}
