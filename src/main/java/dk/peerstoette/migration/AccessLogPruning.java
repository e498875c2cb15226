package dk.peerstoette.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Period;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes access-log rows older than {@code app.schema.access-log-retention}, with the
 * review marks of those rows, as the schema owner right after migrating (the
 * application's role has no right to remove anything from the log, and the log's trigger
 * lets only the owner remove, only rows older than six months, and only when asked for in
 * the same transaction; see V11_12). In production it runs with every
 * {@code --migrate-only}.
 */
final class AccessLogPruning {

	/** Shorter than this, the log could not be reviewed or given to a citizen. */
	static final Period MINIMUM = Period.ofMonths(6);

	private static final Logger log = LoggerFactory.getLogger(AccessLogPruning.class);

	private AccessLogPruning() {
	}

	/**
	 * Removes what is older than the retention, in one transaction.
	 * @param owner connections as the schema owner (Flyway's)
	 * @return how many access-log rows were removed
	 */
	static int prune(DataSource owner, Period retention) {
		checked(retention);
		String interval = retention.toTotalMonths() + " months " + retention.getDays() + " days";
		try (Connection connection = owner.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try (Statement allow = connection.createStatement();
					PreparedStatement reviews = connection.prepareStatement("""
							delete from audit_review where audit_event_id in
							  (select id from audit_event where occurred_at < now() - ?::interval)""");
					PreparedStatement accesses = connection
						.prepareStatement("delete from audit_event where occurred_at < now() - ?::interval")) {
				allow.execute("set local peerstoette.audit_pruning = 'on'");
				reviews.setString(1, interval);
				reviews.executeUpdate();
				accesses.setString(1, interval);
				int removed = accesses.executeUpdate();
				connection.commit();
				if (removed > 0) {
					log.info("Removed {} access-log rows older than {}", removed, retention);
				}
				return removed;
			}
			catch (SQLException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The access log could not be pruned", ex);
		}
	}

	static Period checked(Period retention) {
		if (retention.isNegative() || retention.toTotalMonths() < MINIMUM.toTotalMonths()) {
			throw new IllegalArgumentException(
					"app.schema.access-log-retention must be at least 6 months, not " + retention);
		}
		return retention;
	}

}
