package dk.peerstoette;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dk.peerstoette.migration.SchemaMigration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The prod profile on an empty external database, set up as docker-compose.yml does: the
 * schema migrated by a separate {@code --migrate-only} run as its owner, then the
 * application as a role that owns nothing, only validating the schema; no demo data, the
 * first administrator from APP_ADMIN_USERNAME / APP_ADMIN_PASSWORD, and HSTS.
 */
@SpringBootTest(properties = { "app.admin.username=chief", "app.admin.password=Long-enough-Pa55" })
@AutoConfigureMockMvc
@ActiveProfiles("prod")
class ProductionProfileTest {

	private static final String DATABASE = "prod_check";

	/**
	 * An empty database (the same grants as src/main/docker/initdb, from
	 * db/roles/application-privileges.sql), migrated by the application's
	 * {@code --migrate-only} mode in a process of its own, as the compose file's
	 * {@code migrate} service does. The application then gets no owner's login at all.
	 */
	@DynamicPropertySource
	static void migratedDatabase(DynamicPropertyRegistry registry) throws Exception {
		TestPostgres postgres = TestPostgres.get();
		String url = postgres.createEmptyDatabase(DATABASE);
		MigrationRun migration = MigrationRun.of(url, postgres.owner());
		assertThat(migration.exitCode()).as(migration.output()).isZero();
		// It migrated and stopped: no web server, no application.
		assertThat(migration.output()).contains("Successfully applied").doesNotContain("Tomcat");
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> postgres.application().username());
		registry.add("spring.datasource.password", () -> postgres.application().password());
		registry.add("app.schema.on-start", () -> "validate");
	}

	/**
	 * The {@code --migrate-only} mode run as a process of its own, under {@code prod}.
	 */
	record MigrationRun(int exitCode, String output) {

		static MigrationRun of(String url, TestPostgres.Login owner) throws Exception {
			String java = ProcessHandle.current().info().command().orElse("java");
			ProcessBuilder builder = new ProcessBuilder(java, "-Duser.timezone=UTC", "-cp",
					System.getProperty("java.class.path"), PeerstoetteApplication.class.getName(),
					SchemaMigration.OPTION)
				.redirectErrorStream(true);
			builder.environment().put("SPRING_PROFILES_ACTIVE", "prod");
			builder.environment().put("SPRING_DATASOURCE_URL", url);
			builder.environment().put("SPRING_DATASOURCE_USERNAME", owner.username());
			builder.environment().put("SPRING_DATASOURCE_PASSWORD", owner.password());
			Process process = builder.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
			return new MigrationRun(process.exitValue(), output);
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void hasNoDemoDataOnlyTheFirstAdministrator() {
		assertThat(jdbc.sql("select username, role from staff_user").query().listOfRows())
			.containsExactly(java.util.Map.of("username", "chief", "role", "ADMIN"));
		assertThat(jdbc.sql("select count(*) from partnership").query(Integer.class).single()).isZero();
	}

	@Test
	void theFirstAdministratorSignsIn() throws Exception {
		mvc.perform(formLogin("/login").user("chief").password("Long-enough-Pa55")).andExpect(redirectedUrl("/"));
		mvc.perform(formLogin("/login").user("admin").password("demo")).andExpect(redirectedUrl("/login?error"));
		// The application role keeps sessions in tables it does not own.
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'chief'")
			.query(Integer.class)
			.single()).isPositive();
	}

	@Test
	void theApplicationCannotChangeOrRemoveAuditRowsNorSwitchOffTheGuard() throws Exception {
		mvc.perform(formLogin("/login").user("chief").password("wrong"));
		assertThat(jdbc.sql("select count(*) from audit_event").query(Integer.class).single()).isPositive();
		assertThatThrownBy(() -> jdbc.sql("update audit_event set outcome = 'SUCCESS'").update())
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update()).isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("alter table audit_event disable trigger user").update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("must be owner");
	}

	@Test
	void sendsHstsOverHttps() throws Exception {
		mvc.perform(get("/login").secure(true))
			.andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
	}

}
