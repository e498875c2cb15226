package dk.peerstoette.database;

import java.nio.file.Path;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.peerstoette.PeerstoetteApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The default run mode ({@code ./mvnw spring-boot:run}: embedded database, demo data) on
 * a data directory left by a release before password authentication: the records are
 * kept, Flyway migrates as the owner, the application and its demo data run as a role
 * that owns nothing, and the access log stays append-only against it.
 */
class EmbeddedDatabaseApplicationTest {

	@TempDir
	Path dataDirectory;

	@Test
	void anEarlierReleasesDataDirectoryRunsWithTheApplicationAsARoleThatOwnsNothing() throws Exception {
		OldReleaseDataDirectory.create(this.dataDirectory, "9.1",
				"insert into audit_event (action, outcome, detail) values ('SIGN_IN', 'FAILURE', 'from-the-old-release')");
		// Command-line arguments, because they outrank the test profile's properties; the
		// embedded database starts early, as main runs the application.
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PeerstoetteApplication.class)
			.listeners(new EmbeddedDatabaseEarlyStart())
			.profiles("test")
			.run("--app.embedded-database.enabled=true", "--app.data-dir=" + this.dataDirectory, "--server.port=0")) {
			JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
			assertThat(jdbc.sql("select current_user").query(String.class).single())
				.isEqualTo(DatabasePasswords.APPLICATION);
			assertThat(context.getBean(Flyway.class).info().pending()).isEmpty();
			assertThat(jdbc.sql("select installed_by from flyway_schema_history where version = '9.2'")
				.query(String.class)
				.single()).isEqualTo(DatabasePasswords.OWNER);
			assertThat(jdbc.sql("select count(*) from audit_event where detail = 'from-the-old-release'")
				.query(Integer.class)
				.single()).isOne();
			assertThat(
					jdbc.sql("select count(*) from staff_user where username = 'admin'").query(Integer.class).single())
				.as("the demo data, loaded as the application's role")
				.isOne();
			assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update())
				.isInstanceOf(DataAccessException.class);
			assertThatThrownBy(() -> jdbc.sql("alter table audit_event disable trigger user").update())
				.isInstanceOf(DataAccessException.class)
				.rootCause()
				.hasMessageContaining("must be owner");
			assertThatThrownBy(() -> jdbc.sql("set session_replication_role = replica").update())
				.isInstanceOf(DataAccessException.class);
		}
	}

}
