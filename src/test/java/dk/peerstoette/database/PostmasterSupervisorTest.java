package dk.peerstoette.database;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded server's postmaster is killed (SIGKILL, as the kernel's OOM killer does):
 * it comes back by itself on the same port with every committed row, but not once the
 * application has begun to stop.
 */
class PostmasterSupervisorTest {

	@TempDir
	Path dataDirectory;

	@Test
	void aKilledServerComesBackOnTheSamePortWithEveryCommittedRow() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.dataDirectory, 0,
				Duration.ofMillis(200))) {
			EmbeddedPostgresServerTest.execute(server.jdbcUrl(), server.owner(), "create table kept (n int)",
					"insert into kept select generate_series(1, 1000)");
			long killed = server.postmasterPid();
			ProcessHandle postmaster = ProcessHandle.of(killed).orElseThrow();
			postmaster.destroyForcibly();
			// On a busy machine the killed postmaster can still answer for a moment.
			postmaster.onExit().get(10, TimeUnit.SECONDS);

			long started = System.nanoTime();
			long rows = -1;
			while (rows < 0 && System.nanoTime() - started < Duration.ofSeconds(20).toNanos()) {
				try (Connection connection = DatabaseRoles.connect(server.jdbcUrl(), server.owner());
						Statement statement = connection.createStatement();
						ResultSet result = statement.executeQuery("select count(*) from kept")) {
					result.next();
					rows = result.getLong(1);
				}
				catch (SQLException ex) {
					Thread.sleep(100);
				}
			}
			assertThat(rows).as("the committed rows, on the same URL").isEqualTo(1000);
			while (server.postmasterPid() == killed && System.nanoTime() - started < Duration.ofSeconds(20).toNanos()) {
				Thread.sleep(50);
			}
			assertThat(server.postmasterPid()).isNotEqualTo(killed);
		}
	}

	@Test
	void aServerThatDiesWhileTheApplicationStopsStaysStopped() throws Exception {
		int port;
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.dataDirectory, 0,
				Duration.ofSeconds(1))) {
			port = URI.create(server.jdbcUrl().substring("jdbc:".length())).getPort();
			ProcessHandle.of(server.postmasterPid()).orElseThrow().destroyForcibly();
			Thread.sleep(PostmasterSupervisor.POLL_INTERVAL.toMillis() * 2);
		}
		Thread.sleep(3000);
		assertThat(listening(port)).as("nothing started the server again").isFalse();
	}

	private static boolean listening(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("localhost", port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
