package dk.peerstoette.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Once the pool has failed to reach the database (it waited its connection timeout and
 * could not connect), further requests for a connection fail at once instead of each
 * waiting that timeout again, while one at a time (at most one a second) tries the pool:
 * when that one gets a connection, everyone does again. A request that touches the
 * database more than once (the session store saves the session even after a failure) then
 * fails within one timeout, not several. A pool that is merely busy (its timeout without
 * a connection failure) does not trip it.
 */
final class FailFastDataSource extends DelegatingDataSource {

	/**
	 * How long after a failure the next attempt waits: a request that touches the
	 * database again right after its first attempt failed fails at once.
	 */
	private static final long PROBE_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

	private final AtomicBoolean unavailable = new AtomicBoolean();

	private final AtomicBoolean probing = new AtomicBoolean();

	/** When the pool last failed to connect (System.nanoTime). */
	private volatile long failedAt;

	FailFastDataSource(DataSource pool) {
		super(pool);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return connect(null, null);
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return connect(username, password);
	}

	private Connection connect(@Nullable String username, @Nullable String password) throws SQLException {
		boolean probe = false;
		if (this.unavailable.get()) {
			probe = System.nanoTime() - this.failedAt >= PROBE_INTERVAL_NANOS
					&& this.probing.compareAndSet(false, true);
			if (!probe) {
				throw new SQLTransientConnectionException("The database is unavailable", "08001");
			}
		}
		try {
			Connection connection = (username != null) ? obtainTargetDataSource().getConnection(username, password)
					: obtainTargetDataSource().getConnection();
			this.unavailable.set(false);
			return connection;
		}
		catch (SQLTransientConnectionException ex) {
			if (ex.getCause() != null) {
				this.failedAt = System.nanoTime();
				this.unavailable.set(true);
			}
			throw ex;
		}
		finally {
			if (probe) {
				this.probing.set(false);
			}
		}
	}

}
