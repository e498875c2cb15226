package dk.peerstoette;

import org.junit.jupiter.api.Test;

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
 * The prod profile on an empty external database: no demo data, the first administrator
 * from APP_ADMIN_USERNAME / APP_ADMIN_PASSWORD, and HSTS.
 */
@SpringBootTest(properties = { "app.admin.username=chief", "app.admin.password=Long-enough-Pa55" })
@AutoConfigureMockMvc
@ActiveProfiles("prod")
class ProductionProfileTest {

	/**
	 * An empty database set up as in docker-compose: Flyway migrates as the owner, the
	 * application connects as a role that owns nothing (the same grants as
	 * src/main/docker/initdb, from db/roles/application-privileges.sql).
	 */
	@DynamicPropertySource
	static void emptyDatabase(DynamicPropertyRegistry registry) {
		TestPostgres postgres = TestPostgres.get();
		String url = postgres.createEmptyDatabase("prod_check");
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> postgres.application().username());
		registry.add("spring.datasource.password", () -> postgres.application().password());
		registry.add("spring.flyway.user", () -> postgres.owner().username());
		registry.add("spring.flyway.password", () -> postgres.owner().password());
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
