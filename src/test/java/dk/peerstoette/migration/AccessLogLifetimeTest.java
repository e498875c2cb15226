package dk.peerstoette.migration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dk.peerstoette.TestPostgres;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The access log's lifetime (V11_12, {@link AccessLogPruning}) on a database of its own,
 * migrated and pruned as production does it: {@code --migrate-only} as the schema owner.
 */
class AccessLogLifetimeTest {

	private static String url;

	@BeforeAll
	static void migrated() {
		url = TestPostgres.get().createEmptyDatabase("peerstoette_lifetime");
		assertThat(migrateOnly("5y")).isZero();
	}

	@Test
	void theOwnersStepRemovesWhatIsPastItsRetentionWithItsReviewMarksAndKeepsTheRest() throws SQLException {
		long sixYears = access("6 years");
		long fourYears = access("4 years");
		long yesterday = access("1 day");
		try (Connection owner = connect(TestPostgres.get().owner())) {
			JdbcClient.create(new SingleConnectionDataSource(owner, true))
				.sql("insert into audit_review (audit_event_id, reviewer_id, reviewer_username) values (?, 1, 'dpo')")
				.param(sixYears)
				.update();
		}

		assertThat(migrateOnly("5y")).isZero();

		assertThat(remaining(sixYears, fourYears, yesterday)).containsExactly(fourYears, yesterday);
		assertThat(count("select count(*) from audit_review where audit_event_id = " + sixYears)).isZero();
	}

	@Test
	void theApplicationsRoleRemovesAndChangesNothingEvenWhenItAsksLikeTheOwner() throws SQLException {
		long old = access("7 years");
		try (Connection application = connect(TestPostgres.get().application())) {
			application.setAutoCommit(false);
			application.createStatement().execute("set local peerstoette.audit_pruning = 'on'");
			assertThatThrownBy(
					() -> application.createStatement().executeUpdate("delete from audit_event where id = " + old))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("permission denied");
			application.rollback();
			assertThatThrownBy(() -> application.createStatement()
				.executeUpdate("update audit_event set detail = 'x' where id = " + old))
				.isInstanceOf(SQLException.class);
			application.rollback();
		}
		assertThat(remaining(old)).containsExactly(old);
	}

	@Test
	void theOwnerRemovesNothingWithoutAskingNorAnythingYoungerThanSixMonths() throws SQLException {
		long old = access("7 years");
		long recent = access("5 months");
		try (Connection owner = connect(TestPostgres.get().owner())) {
			assertThatThrownBy(() -> owner.createStatement().executeUpdate("delete from audit_event where id = " + old))
				.hasMessageContaining("append-only");
			owner.setAutoCommit(false);
			owner.createStatement().execute("set local peerstoette.audit_pruning = 'on'");
			assertThatThrownBy(
					() -> owner.createStatement().executeUpdate("delete from audit_event where id = " + recent))
				.hasMessageContaining("append-only");
			owner.rollback();
			assertThatThrownBy(() -> owner.createStatement().execute("truncate audit_event cascade"))
				.hasMessageContaining("append-only");
			owner.rollback();
		}
		assertThat(remaining(old, recent)).containsExactly(old, recent);
	}

	@Test
	void aRetentionShorterThanSixMonthsStopsTheStepAndRemovesNothing() {
		long old = access("8 months");
		assertThat(migrateOnly("3m")).isEqualTo(1);
		assertThat(remaining(old)).containsExactly(old);
		assertThat(migrateOnly("7m")).isZero();
		assertThat(remaining(old)).isEmpty();
	}

	private static int migrateOnly(String retention) {
		TestPostgres.Login owner = TestPostgres.get().owner();
		return SchemaMigration.run(new String[] { SchemaMigration.OPTION, "--spring.datasource.url=" + url,
				"--spring.datasource.username=" + owner.username(), "--spring.datasource.password=" + owner.password(),
				"--app.schema.access-log-retention=" + retention, "--spring.main.log-startup-info=false" });
	}

	/**
	 * An access written that long ago, as only the owner could (the application writes
	 * now).
	 */
	private static long access(String ago) {
		try (Connection owner = connect(TestPostgres.get().owner())) {
			return JdbcClient.create(new SingleConnectionDataSource(owner, true))
				.sql("""
						insert into audit_event (occurred_at, action, entity_type, entity_id, outcome)
						values (now() - cast(? as interval), 'READ', 'LIFETIME_TEST', '1', 'SUCCESS') returning id""")
				.param(ago)
				.query(Long.class)
				.single();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<Long> remaining(long... ids) {
		List<Long> kept = new ArrayList<>();
		for (long id : ids) {
			if (count("select count(*) from audit_event where id = " + id) == 1) {
				kept.add(id);
			}
		}
		return kept;
	}

	private static long count(String sql) {
		try (Connection owner = connect(TestPostgres.get().owner())) {
			return JdbcClient.create(new SingleConnectionDataSource(owner, true)).sql(sql).query(Long.class).single();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Connection connect(TestPostgres.Login login) throws SQLException {
		return DriverManager.getConnection(url, login.username(), login.password());
	}

}
