package dk.peerstoette.audit;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The access log's entries as the whole application writes them: sign-ins, request ids
 * and refused URLs. What the log itself keeps and refuses is {@link AuditModuleTest}'s.
 */
@IntegrationTest
class AuditLogTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	private static MockHttpServletRequestBuilder signIn(String password) {
		return post("/login").with(csrf()).param("username", "peer.aarhus").param("password", password);
	}

	@Test
	void aSignInIsAuditedWithTheRequestId() throws Exception {
		String failed = mvc.perform(signIn("not-the-password")).andReturn().getResponse().getHeader("X-Request-Id");
		String succeeded = mvc.perform(signIn("demo")).andReturn().getResponse().getHeader("X-Request-Id");
		assertThat(jdbc.sql("select outcome from audit_event where action = 'LOGIN' and request_id = ?")
			.param(failed)
			.query(String.class)
			.single()).isEqualTo("FAILURE");
		assertThat(jdbc
			.sql("select actor_id is not null from audit_event where action = 'LOGIN' "
					+ "and request_id = ? and outcome = 'SUCCESS'")
			.param(succeeded)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Nested
	class SignIns {

		@Test
		void aFailedSignInWhoseUsernameIsNobodysKeepsNothingOfWhatWasTyped() throws Exception {
			// Someone typed their password into the username field.
			String requestId = mvc
				.perform(post("/login").with(csrf()).param("username", "Sommer2026!kode").param("password", "x"))
				.andReturn()
				.getResponse()
				.getHeader("X-Request-Id");
			Map<String, Object> row = jdbc
				.sql("select actor_id, actor_username, outcome, detail from audit_event where request_id = ?")
				.param(requestId)
				.query()
				.singleRow();
			assertThat(row).containsEntry("actor_id", null)
				.containsEntry("actor_username", null)
				.containsEntry("outcome", "FAILURE")
				.containsEntry("detail", "PATH=PASSWORD;REASON=BadCredentialsException;UNKNOWN_USER");
			assertThat(
					jdbc.sql("select count(*) from audit_event where concat(actor_username, detail, entity_id) ilike ?")
						.param("%sommer2026%")
						.query(Long.class)
						.single())
				.isZero();
		}

		@Test
		void aFailedSignInOfAnExistingUserIsLoggedUnderThatUser() throws Exception {
			String requestId = mvc
				.perform(post("/login").with(csrf()).param("username", " Peer.Aarhus ").param("password", "x"))
				.andReturn()
				.getResponse()
				.getHeader("X-Request-Id");
			Map<String, Object> row = jdbc
				.sql("select actor_id, actor_username, detail from audit_event where request_id = ?")
				.param(requestId)
				.query()
				.singleRow();
			assertThat(row.get("actor_id")).isNotNull();
			assertThat(row).containsEntry("actor_username", "peer.aarhus")
				.containsEntry("detail", "PATH=PASSWORD;REASON=BadCredentialsException");
		}

	}

	@Nested
	class RequestIds {

		@Test
		void aClientsOwnRequestIdIsKeptBesideTheRequestsIdNotInItsPlace() throws Exception {
			String given = "client-chosen-" + UUID.randomUUID().toString().substring(0, 8);
			String requestId = mvc.perform(signIn("not-the-password").header("X-Request-Id", given))
				.andReturn()
				.getResponse()
				.getHeader("X-Request-Id");
			assertThat(requestId).isNotEqualTo(given);
			assertThat(jdbc.sql("select request_id, client_request_id from audit_event where client_request_id = ?")
				.param(given)
				.query()
				.singleRow()).containsEntry("request_id", requestId);
		}

		@Test
		void aMalformedClientRequestIdIsNotKeptAtAll() throws Exception {
			String requestId = mvc.perform(signIn("not-the-password").header("X-Request-Id", "bad id; drop"))
				.andReturn()
				.getResponse()
				.getHeader("X-Request-Id");
			assertThat(jdbc.sql("select client_request_id from audit_event where request_id = ?")
				.param(requestId)
				.query(String.class)
				.optional()).isEmpty();
		}

		@Test
		void aTrustedProxysRequestIdBecomesTheRequestsId() throws Exception {
			String given = "proxy-given-" + UUID.randomUUID().toString().substring(0, 8);
			// What Tomcat's RemoteIpValve marks on a request from one of its internal
			// proxies (server.forward-headers-strategy=native, as under prod).
			mvc.perform(signIn("not-the-password").header("X-Request-Id", given)
				.requestAttr("org.apache.tomcat.request.forwarded", Boolean.TRUE))
				.andExpect(header().string("X-Request-Id", given));
			assertThat(jdbc.sql("select client_request_id from audit_event where request_id = ?")
				.param(given)
				.query()
				.singleRow()).containsEntry("client_request_id", null);
		}

	}

	@Nested
	class UrlRules {

		@Test
		@WithUserDetails("peer")
		void aPeerWorkerAskingForTheUserAdministrationIsAuditedAsRefused() throws Exception {
			String requestId = mvc.perform(get("/admin/users/7/edit"))
				.andExpect(status().isForbidden())
				.andReturn()
				.getResponse()
				.getHeader("X-Request-Id");
			assertThat(jdbc.sql("""
					select actor_username, action, entity_type, entity_id, outcome, detail
					from audit_event where request_id = ?
					""").param(requestId).query().singleRow()).containsEntry("actor_username", "peer")
				.containsEntry("action", "READ")
				.containsEntry("entity_type", "PAGE")
				.containsEntry("entity_id", "/admin/users/7/edit")
				.containsEntry("outcome", "DENIED")
				.containsEntry("detail", "REASON=URL_RULE;METHOD=GET");
		}

		@Test
		@WithUserDetails("leder")
		void aManagerPostingToTheAdministrationIsAuditedAsRefusedWithoutWhatWasTyped() throws Exception {
			String requestId = mvc.perform(post("/admin/partnerships/Jens Hansen").with(csrf()).param("name", "Ny"))
				.andExpect(status().isForbidden())
				.andReturn()
				.getResponse()
				.getHeader("X-Request-Id");
			assertThat(
					jdbc.sql("select actor_username, action, entity_id, detail from audit_event where request_id = ?")
						.param(requestId)
						.query()
						.singleRow())
				.containsEntry("actor_username", "leder")
				.containsEntry("action", "UPDATE")
				.containsEntry("entity_id", "/admin/partnerships/*")
				.containsEntry("detail", "REASON=URL_RULE;METHOD=POST");
		}

	}

}
