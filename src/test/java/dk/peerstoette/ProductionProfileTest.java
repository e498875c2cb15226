package dk.peerstoette;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import dk.peerstoette.migration.SchemaMigration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The prod profile on an empty external database, set up as docker-compose.yml does: the
 * schema migrated by a separate {@code --migrate-only} run as its owner, then the
 * application as a role that owns nothing, only validating the schema; no demo data, the
 * first administrator from APP_ADMIN_USERNAME / APP_ADMIN_PASSWORD, and HSTS.
 */
@SpringBootTest(properties = { "app.admin.username=chief", "app.admin.password=Fjord-Lanterns-Glow-58",
		"app.metrics.scraper-password=" + ProductionProfileTest.SCRAPER_PASSWORD,
		// Logback is set up once per test run; the JSON format is checked on its own
		// below.
		"logging.structured.format.console=" })
@AutoConfigureMockMvc
@ActiveProfiles("prod")
class ProductionProfileTest {

	private static final String DATABASE = "prod_check";

	static final String SCRAPER_PASSWORD = "scraper-test-Pa55word-long";

	private static String databaseUrl = "";

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
		databaseUrl = url;
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
		mvc.perform(formLogin("/login").user("chief").password("Fjord-Lanterns-Glow-58")).andExpect(redirectedUrl("/"));
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

	@Nested
	@ExtendWith(OutputCaptureExtension.class)
	class Operations {

		@Test
		void probesAnswerAnyoneWithTheirStatusOnly() throws Exception {
			mvc.perform(get("/actuator/health/liveness"))
				.andExpect(status().isOk())
				.andExpect(content().json("{\"status\":\"UP\"}", JsonCompareMode.STRICT));
			mvc.perform(get("/actuator/health/readiness"))
				.andExpect(status().isOk())
				.andExpect(content().json("{\"status\":\"UP\"}", JsonCompareMode.STRICT));
			mvc.perform(get("/actuator/health"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("UP"))
				.andExpect(jsonPath("$.components").doesNotExist())
				.andExpect(jsonPath("$.details").doesNotExist());
		}

		@Test
		@WithUserDetails("chief")
		void administratorsSeeHealthDetailsAndBuildInformation() throws Exception {
			mvc.perform(get("/actuator/health"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.components.db.details.database").value("PostgreSQL"))
				.andExpect(jsonPath("$.components.readinessState.status").value("UP"));
			mvc.perform(get("/actuator/info"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.build.version").isNotEmpty())
				.andExpect(jsonPath("$.build.time").isNotEmpty());
			// A build from a git checkout also names its commit (not one from a source
			// archive).
			if (new ClassPathResource("git.properties").exists()) {
				mvc.perform(get("/actuator/info")).andExpect(jsonPath("$.git.commit.id").isNotEmpty());
			}
		}

		@Test
		void metricsAreRefusedToAnonymousCallersAndWrongScraperPasswords() throws Exception {
			mvc.perform(get("/actuator/prometheus"))
				.andExpect(status().isUnauthorized())
				.andExpect(header().string("WWW-Authenticate", containsString("Basic")));
			mvc.perform(get("/actuator/prometheus").with(httpBasic("prometheus", "wrong-password-for-it")))
				.andExpect(status().isUnauthorized());
			// A staff login sent as HTTP Basic opens nothing here: only the scraper's
			// does.
			mvc.perform(get("/actuator/prometheus").with(httpBasic("chief", "Fjord-Lanterns-Glow-58")))
				.andExpect(status().isUnauthorized());
			// The scraper's login opens nothing else.
			mvc.perform(get("/actuator/info").with(httpBasic("prometheus", SCRAPER_PASSWORD)))
				.andExpect(status().is3xxRedirection());
		}

		@Test
		void theScraperReadsTheMetrics() throws Exception {
			mvc.perform(get("/actuator/prometheus").with(httpBasic("prometheus", SCRAPER_PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("jvm_memory_used_bytes")))
				.andExpect(content().string(containsString("hikaricp_connections")));
		}

		@Test
		@WithUserDetails("chief")
		void administratorsReadTheMetrics() throws Exception {
			mvc.perform(get("/actuator/prometheus"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("jvm_memory_used_bytes")));
		}

		@Test
		void aCallersTraceIsContinuedAndAnsweredBesideTheRequestId() throws Exception {
			String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
			MvcResult result = mvc.perform(get("/login").header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01"))
				.andExpect(status().isOk())
				.andExpect(header().exists("X-Request-Id"))
				.andReturn();
			String answered = result.getResponse().getHeader("traceparent");
			assertThat(answered).matches("00-" + trace + "-[0-9a-f]{16}-01").doesNotContain("00f067aa0ba902b7");
			// Without one, the request starts a trace of its own and answers with it.
			assertThat(mvc.perform(get("/login")).andReturn().getResponse().getHeader("traceparent"))
				.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]")
				.doesNotContain(trace);
		}

		/**
		 * The console's JSON format is set under {@code prod}; the lines are written here
		 * by an encoder of that format, since Logback's set-up belongs to whichever
		 * application context of the test run started first (this class's own context
		 * keeps the plain format, so as not to change the log lines of the other tests).
		 */
		@Test
		@WithUserDetails("chief")
		void logLinesAreJsonWithTheRequestIdAsAFieldAndNoPersonalData(CapturedOutput output) throws Exception {
			Properties prod = PropertiesLoaderUtils
				.loadProperties(new ClassPathResource("application-prod.properties"));
			assertThat(prod.getProperty("logging.structured.format.console")).isEqualTo("ecs");
			List<String> lines = new CopyOnWriteArrayList<>();
			String requestId = logged(lines, prod.getProperty("logging.structured.format.console"),
					() -> mvc.perform(get("/admin/users").param("role", "Jens Hansen 010190-1234"))
						.andExpect(status().isBadRequest())
						.andReturn()
						.getResponse()
						.getHeader("X-Request-Id"));
			assertThat(lines.stream().filter((line) -> line.contains("MethodArgumentTypeMismatchException")))
				.singleElement()
				.asString()
				.startsWith("{")
				.endsWith("}")
				.contains("\"requestId\":\"" + requestId + "\"")
				.contains("\"traceId\":\"")
				.contains("'role'");
			assertThat(String.join("\n", lines)).doesNotContain("Jens Hansen").doesNotContain("010190");
			assertThat(output.getAll()).doesNotContain("Jens Hansen").doesNotContain("010190");
		}

		/**
		 * What is logged while {@code action} runs, each event encoded in {@code format}.
		 */
		private <T> T logged(List<String> lines, String format, Callable<T> action) throws Exception {
			LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
			StructuredLogEncoder encoder = new StructuredLogEncoder();
			encoder.setContext(logback);
			encoder.setFormat(format);
			encoder.start();
			AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {

				@Override
				protected void append(ILoggingEvent event) {
					// Encoded at once, while the request's log context (MDC) is in place.
					lines.add(new String(encoder.encode(event), StandardCharsets.UTF_8).strip());
				}

			};
			appender.setContext(logback);
			appender.start();
			ch.qos.logback.classic.Logger root = logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
			root.addAppender(appender);
			try {
				return action.call();
			}
			finally {
				root.detachAppender(appender);
				appender.stop();
				encoder.stop();
			}
		}

		/**
		 * The database goes away (it refuses connections and ends those open): readiness
		 * says DOWN within 5 seconds, so a load balancer stops sending requests; liveness
		 * stays UP (a restart would not help). When it returns, so does readiness.
		 */
		@Test
		void readinessGoesDownWithinFiveSecondsOfLosingTheDatabase() throws Exception {
			TestPostgres postgres = TestPostgres.get();
			try (Connection superuser = DriverManager.getConnection(databaseUrl.replace("/" + DATABASE, "/postgres"),
					postgres.superuser().username(), postgres.superuser().password());
					Statement statement = superuser.createStatement()) {
				try {
					statement.execute("alter database " + DATABASE + " allow_connections false");
					statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '"
							+ DATABASE + "' and pid <> pg_backend_pid()");
					long lost = System.nanoTime();
					int readiness = 200;
					while (readiness == 200 && Duration.ofNanos(System.nanoTime() - lost).toSeconds() < 10) {
						readiness = mvc.perform(get("/actuator/health/readiness"))
							.andReturn()
							.getResponse()
							.getStatus();
					}
					Duration down = Duration.ofNanos(System.nanoTime() - lost);
					assertThat(readiness).isEqualTo(503);
					assertThat(down).isLessThan(Duration.ofSeconds(5));
					// And it keeps answering within 5 s while the database stays away:
					// the pool
					// gives up after its connection timeout instead of holding the probe.
					for (int probe = 0; probe < 3; probe++) {
						long asked = System.nanoTime();
						mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable());
						assertThat(Duration.ofNanos(System.nanoTime() - asked)).isLessThan(Duration.ofSeconds(5));
					}
					mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
				}
				finally {
					statement.execute("alter database " + DATABASE + " allow_connections true");
				}
			}
			long back = System.nanoTime();
			int readiness = 503;
			while (readiness != 200 && Duration.ofNanos(System.nanoTime() - back).toSeconds() < 15) {
				readiness = mvc.perform(get("/actuator/health/readiness")).andReturn().getResponse().getStatus();
			}
			assertThat(readiness).isEqualTo(200);
		}

	}

}
