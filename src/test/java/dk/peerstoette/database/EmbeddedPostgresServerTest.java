package dk.peerstoette.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The embedded database that `./mvnw spring-boot:run` uses, on a real data directory, and
 * the attacks of a local account on the same machine: connecting without the password,
 * and, through the application's own connection, reading the server's files, running
 * programs and rewriting the access log.
 */
class EmbeddedPostgresServerTest {

	@TempDir
	Path dataDirectory;

	@Test
	void keepsItsDataAcrossARestartWithTheSamePasswords() throws Exception {
		String passwords;
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.dataDirectory, 0)) {
			execute(server.jdbcUrl(), server.owner(), "create table kept (note text)",
					"grant select, insert on kept to " + server.application().username());
			execute(server.jdbcUrl(), server.application(), "insert into kept values ('still here')");
			passwords = Files.readString(passwordFile());
		}
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.dataDirectory, 0);
				Connection connection = connect(server.jdbcUrl(), server.application());
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select note from kept")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("still here");
			assertThat(passwordFile()).content().isEqualTo(passwords);
		}
		assertThat(this.dataDirectory.resolve("postgres/PG_VERSION")).content().startsWith("17");
	}

	@Test
	void writesEveryCommitToDisk() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.dataDirectory, 0);
				Connection connection = connect(server.jdbcUrl(), server.application());
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select current_setting('fsync'), "
						+ "current_setting('synchronous_commit'), current_setting('server_version_num')::int / 10000")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("on");
			assertThat(rows.getString(2)).isEqualTo("on");
			assertThat(rows.getInt(3)).isEqualTo(17);
		}
	}

	@Test
	void aSecondInstanceOnTheSameDirectoryIsRefusedWithAClearMessage() throws Exception {
		try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(this.dataDirectory, 0)) {
			assertThatThrownBy(() -> EmbeddedPostgresServer.start(this.dataDirectory, 0))
				.isInstanceOfSatisfying(DataDirectoryInUseException.class, (refused) -> {
					FailureAnalysis analysis = new DataDirectoryInUseFailureAnalyzer().analyze(refused);
					assertThat(analysis.getDescription()).contains("already running")
						.contains(this.dataDirectory.toAbsolutePath().toString());
					assertThat(analysis.getAction()).contains("APP_DATA_DIR");
				});
			// The first one is unharmed.
			execute(first.jdbcUrl(), first.application(), "select 1");
		}
	}

	@Test
	void aMissingPasswordFileGetsNewPasswordsThatWork() throws Exception {
		String before;
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.dataDirectory, 0)) {
			before = Files.readString(passwordFile());
		}
		Files.delete(passwordFile());
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.dataDirectory, 0)) {
			assertThat(passwordFile()).content().isNotEqualTo(before);
			execute(server.jdbcUrl(), server.application(), "select 1");
			execute(server.jdbcUrl(), server.owner(), "select 1");
			execute(server.jdbcUrl(), superuser(), "select 1");
		}
	}

	/** One server, migrated by Flyway as the owner, for the attacks that only look. */
	@Nested
	@TestInstance(TestInstance.Lifecycle.PER_CLASS)
	class AgainstARunningServer {

		Path directory;

		EmbeddedPostgresServer server;

		@BeforeAll
		void start() throws Exception {
			this.directory = Files.createTempDirectory("embedded-database");
			this.server = EmbeddedPostgresServer.start(this.directory, 0);
			Flyway.configure()
				.dataSource(this.server.jdbcUrl(), this.server.owner().username(), this.server.owner().password())
				.locations("classpath:db/migration")
				.load()
				.migrate();
			execute(this.server.jdbcUrl(), this.server.application(),
					"insert into audit_event (action, outcome) values ('SIGN_IN', 'FAILURE')");
		}

		@AfterAll
		void stop() throws IOException {
			this.server.close();
			FileSystemUtils.deleteRecursively(this.directory);
		}

		@Test
		void noConnectionWithoutTheRightPassword() {
			for (String user : List.of("postgres", this.server.owner().username(),
					this.server.application().username())) {
				assertThatThrownBy(() -> connect(this.server.jdbcUrl(), new DatabaseLogin(user, "")).close())
					.as(user + " without a password")
					.isInstanceOf(SQLException.class)
					.hasMessageContaining("password");
				assertThatThrownBy(() -> connect(this.server.jdbcUrl(), new DatabaseLogin(user, "wrong")).close())
					.as(user + " with a wrong password")
					.isInstanceOf(SQLException.class)
					.hasMessageContaining("password authentication failed");
			}
		}

		@Test
		void theLocalSocketAsksForAPasswordToo() throws IOException {
			List<String> pid = Files.readAllLines(this.directory.resolve("postgres/postmaster.pid"));
			// Lines 4 and 5 of postmaster.pid: the port and the socket's directory.
			assumeThat(pid.get(4)).as("a Unix socket").isNotBlank();
			Path socket = Path.of(pid.get(4).trim(), ".s.PGSQL." + pid.get(3).trim());
			assertThat(socket).exists();
			for (String user : List.of("postgres", this.server.application().username())) {
				// Authentication request 0 would let us in (trust); 10 asks for SCRAM.
				assertThat(authenticationRequest(socket, user)).as(user).isEqualTo(10);
			}
		}

		@Test
		void everyLineOfPgHbaAsksForScramAndPasswordsAreStoredAsScram() throws Exception {
			List<String> rules = Files.readAllLines(this.directory.resolve("postgres/pg_hba.conf"))
				.stream()
				.map(String::trim)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
			assertThat(rules).isNotEmpty().allSatisfy((rule) -> assertThat(rule).endsWith("scram-sha-256"));
			try (Connection connection = connect(this.server.jdbcUrl(), superuser());
					Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery(
							"select rolname, rolpassword from pg_authid " + "where rolcanlogin order by rolname")) {
				List<String> roles = new ArrayList<>();
				while (rows.next()) {
					roles.add(rows.getString(1));
					assertThat(rows.getString(2)).as(rows.getString(1)).startsWith("SCRAM-SHA-256$");
				}
				assertThat(roles).containsExactlyInAnyOrder("postgres", this.server.owner().username(),
						this.server.application().username());
			}
			assertThat(query(this.server.jdbcUrl(), superuser(), "select current_setting('listen_addresses')"))
				.isEqualTo("localhost");
		}

		@Test
		void thePasswordFileIsTheOwnersAlone() throws IOException {
			Path file = this.directory.resolve(DatabasePasswords.FILE_NAME);
			assumeThat(file.getFileSystem().supportedFileAttributeViews()).contains("posix");
			assertThat(Files.getPosixFilePermissions(file))
				.isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
			assertThat(Files.getPosixFilePermissions(this.directory))
				.isEqualTo(PosixFilePermissions.fromString("rwx------"));
		}

		@Test
		void theApplicationIsNoSuperuserAndOwnsNothing() throws Exception {
			String url = this.server.jdbcUrl();
			DatabaseLogin app = this.server.application();
			assertThat(query(url, app, "select rolsuper::text from pg_roles where rolname = current_user"))
				.isEqualTo("false");
			assertThat(query(url, app, "select count(*)::text from pg_class where relowner = "
					+ "(select oid from pg_roles where rolname = current_user)"))
				.isEqualTo("0");
			assertThat(query(url, app, "select count(*)::text from pg_proc where proowner = "
					+ "(select oid from pg_roles where rolname = current_user)"))
				.isEqualTo("0");
			assertThat(query(url, superuser(), "select count(*)::text from pg_class c join pg_namespace n "
					+ "on n.oid = c.relnamespace where n.nspname = 'public' and pg_get_userbyid(c.relowner) <> '"
					+ this.server.owner().username() + "'"))
				.as("every table, view and sequence belongs to the owner")
				.isEqualTo("0");
		}

		@Test
		void theApplicationRunsNoProgramAndReadsNoFile() {
			assertRefused(this.server.application(), "copy (select 1) to program 'touch /tmp/peerstoette-owned'");
			assertRefused(this.server.application(), "copy audit_event to '/tmp/peerstoette-audit.csv'");
			assertRefused(this.server.application(), "select pg_read_file('postgresql.conf')");
			assertRefused(this.server.application(), "create table planted (id int)");
		}

		@Test
		void theApplicationCannotRewriteTheAccessLog() throws Exception {
			assertRefused(this.server.application(), "set session_replication_role = replica");
			assertRefused(this.server.application(), "update audit_event set outcome = 'SUCCESS'");
			assertRefused(this.server.application(), "delete from audit_event");
			assertRefused(this.server.application(), "truncate audit_event");
			assertRefused(this.server.application(), "alter table audit_event disable trigger user");
			assertRefused(this.server.application(), "drop trigger audit_event_no_update on audit_event");
			assertThat(query(this.server.jdbcUrl(), this.server.application(),
					"select count(*)::text from audit_event where outcome = 'FAILURE'"))
				.isEqualTo("1");
		}

		@Test
		void theApplicationReadsAndWritesRows() throws Exception {
			execute(this.server.jdbcUrl(), this.server.application(),
					"insert into partnership (name) values ('Test partnership')",
					"update partnership set name = 'Renamed' where name = 'Test partnership'",
					"delete from partnership where name = 'Renamed'", "select nextval('recipient_number_seq')");
		}

		private void assertRefused(DatabaseLogin login, String sql) {
			assertThatThrownBy(() -> execute(this.server.jdbcUrl(), login, sql)).as(sql)
				.isInstanceOf(SQLException.class);
		}

		private DatabaseLogin superuser() throws IOException {
			return DatabasePasswords.read(this.directory).orElseThrow().superuser();
		}

	}

	@Test
	void aDataDirectoryOfAnEarlierReleaseIsSecuredWithoutLosingData() throws Exception {
		OldReleaseDataDirectory.create(this.dataDirectory, "9.1",
				"insert into audit_event (action, outcome) values ('SIGN_IN', 'FAILURE')",
				"insert into partnership (name) values ('Kept partnership')");
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(this.dataDirectory, 0)) {
			assertThatThrownBy(() -> connect(server.jdbcUrl(), new DatabaseLogin("postgres", "")).close())
				.isInstanceOf(SQLException.class);
			// The owner migrates what the superuser built.
			Flyway.configure()
				.dataSource(server.jdbcUrl(), server.owner().username(), server.owner().password())
				.locations("classpath:db/migration")
				.load()
				.migrate();
			DatabaseLogin app = server.application();
			assertThat(query(server.jdbcUrl(), app, "select name from partnership")).isEqualTo("Kept partnership");
			assertThat(query(server.jdbcUrl(), app, "select count(*)::text from audit_event")).isEqualTo("1");
			execute(server.jdbcUrl(), app, "insert into audit_event (action, outcome) values ('SIGN_IN', 'SUCCESS')");
			assertThatThrownBy(() -> execute(server.jdbcUrl(), app, "delete from audit_event"))
				.isInstanceOf(SQLException.class);
			assertThatThrownBy(() -> execute(server.jdbcUrl(), app, "alter table audit_event disable trigger user"))
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("must be owner");
			assertThat(query(server.jdbcUrl(), superuser(), "select count(*)::text from pg_class c join pg_namespace n "
					+ "on n.oid = c.relnamespace where n.nspname = 'public' and pg_get_userbyid(c.relowner) <> '"
					+ server.owner().username() + "'"))
				.isEqualTo("0");
			// A table a later migration adds is the application's to use, too.
			execute(server.jdbcUrl(), server.owner(), "create table later (id int)");
			execute(server.jdbcUrl(), app, "insert into later values (1)");
		}
	}

	@Nested
	class AStalePostmasterPid {

		@Test
		void namingAnUnrelatedLiveProcessLeavesItAloneAndStarts() throws Exception {
			EmbeddedPostgresServer.start(dataDirectory, 0).close();
			Process unrelated = new ProcessBuilder("sleep", "300").start();
			try {
				writeStalePidFile(unrelated.pid());
				try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, 0)) {
					execute(server.jdbcUrl(), server.application(), "select 1");
				}
				assertThat(unrelated.isAlive()).as("the unrelated process still runs").isTrue();
			}
			finally {
				unrelated.destroy();
			}
		}

		@Test
		void namingAPostgreSqlServerOfAnotherDataDirectoryLeavesItAlone(@TempDir Path other) throws Exception {
			EmbeddedPostgresServer.start(dataDirectory, 0).close();
			try (EmbeddedPostgresServer neighbour = EmbeddedPostgresServer.start(other, 0)) {
				long neighbourPid = Long.parseLong(Files.readAllLines(other.resolve("postgres/postmaster.pid")).get(0));
				writeStalePidFile(neighbourPid);
				try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, 0)) {
					execute(server.jdbcUrl(), server.application(), "select 1");
				}
				execute(neighbour.jdbcUrl(), neighbour.application(), "select 1");
			}
		}

		@Test
		void aServerLeftRunningOnThisDirectoryIsStopped() throws Exception {
			EmbeddedPostgresServer.start(dataDirectory, 0).close();
			// As if the application had been killed: a postmaster on this directory, no
			// application.
			List<String> command = new ArrayList<>(PostgresBinaries.command("pg_ctl"));
			command.addAll(List.of("-D", dataDirectory.resolve("postgres").toString(), "-o",
					"-c listen_addresses=localhost -p " + freePort(), "-w", "start"));
			Process pgCtl = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			assertThat(pgCtl.waitFor(60, TimeUnit.SECONDS)).isTrue();
			assertThat(pgCtl.exitValue()).isZero();
			ProcessHandle leftover = ProcessHandle
				.of(Long.parseLong(Files.readAllLines(dataDirectory.resolve("postgres/postmaster.pid")).get(0)))
				.orElseThrow();
			try {
				try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, 0)) {
					assertThat(leftover.isAlive()).isFalse();
					execute(server.jdbcUrl(), server.application(), "select 1");
				}
			}
			finally {
				leftover.destroy();
			}
		}

		private static int freePort() throws IOException {
			try (ServerSocket socket = new ServerSocket(0)) {
				return socket.getLocalPort();
			}
		}

		private void writeStalePidFile(long pid) throws IOException {
			Path cluster = dataDirectory.resolve("postgres");
			Files.write(cluster.resolve("postmaster.pid"), List.of(Long.toString(pid), cluster.toString(), "1700000000",
					"5432", "/tmp", "localhost", "  1234567    42", "ready   "));
		}

	}

	private Path passwordFile() {
		return this.dataDirectory.resolve(DatabasePasswords.FILE_NAME);
	}

	private DatabaseLogin superuser() throws IOException {
		return DatabasePasswords.read(this.dataDirectory).orElseThrow().superuser();
	}

	/**
	 * Opens the socket and sends a start-up message as {@code user}; the server answers
	 * with the authentication it wants ('R', length, code).
	 */
	private static int authenticationRequest(Path socket, String user) throws IOException {
		try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
			channel.connect(UnixDomainSocketAddress.of(socket));
			byte[] parameters = ("user\0" + user + "\0database\0postgres\0\0").getBytes(StandardCharsets.UTF_8);
			ByteBuffer startup = ByteBuffer.allocate(8 + parameters.length);
			startup.putInt(8 + parameters.length).putInt(196608).put(parameters).flip();
			channel.write(startup);
			ByteBuffer answer = ByteBuffer.allocate(9);
			while (answer.hasRemaining() && channel.read(answer) >= 0) {
				// until the type, the length and the code are in
			}
			answer.flip();
			assertThat((char) answer.get()).isEqualTo('R');
			answer.getInt();
			return answer.getInt();
		}
	}

	static void execute(String url, DatabaseLogin login, String... statements) throws SQLException {
		try (Connection connection = connect(url, login); Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	static String query(String url, DatabaseLogin login, String sql) throws SQLException {
		try (Connection connection = connect(url, login);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			assertThat(rows.next()).isTrue();
			return rows.getString(1);
		}
	}

	static Connection connect(String url, DatabaseLogin login) throws SQLException {
		return DatabaseRoles.connect(url, login);
	}

}
