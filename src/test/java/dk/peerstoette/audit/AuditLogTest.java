package dk.peerstoette.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AuditLogTest {

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	MockMvc mvc;

	@Test
	@WithUserDetails("koordinator")
	void recordsWhoDidWhatToWhichRecordInTheCallersTransaction() {
		transaction.executeWithoutResult((status) -> auditLog.record(AuditAction.READ, "TEST_RECORD", 4711L, null));
		AuditEntry entry = auditLog.entriesFor("TEST_RECORD", 4711L, 1).get(0);
		assertThat(entry.actorUsername()).isEqualTo("koordinator");
		assertThat(entry.actorId()).isNotNull();
		assertThat(entry.action()).isEqualTo(AuditAction.READ);
		assertThat(entry.outcome()).isEqualTo(AuditOutcome.SUCCESS);
		assertThat(entry.occurredAt()).isNotNull();
	}

	@Test
	@WithUserDetails("koordinator")
	void aChangeAndItsAuditEntryRollBackTogether() {
		try {
			transaction.executeWithoutResult((status) -> {
				auditLog.record(AuditAction.UPDATE, "TEST_RECORD", 4712L, null);
				status.setRollbackOnly();
			});
		}
		finally {
			assertThat(auditLog.entriesFor("TEST_RECORD", 4712L, 10)).isEmpty();
		}
	}

	@Test
	@WithUserDetails("koordinator")
	void aRefusalIsKeptEvenWhenTheCallerRollsBack() {
		transaction.executeWithoutResult((status) -> {
			auditLog.recordRefusal(AuditAction.READ, "TEST_RECORD", 4713L, AuditOutcome.DENIED, "REASON=OUT_OF_SCOPE");
			status.setRollbackOnly();
		});
		assertThat(auditLog.entriesFor("TEST_RECORD", 4713L, 10)).singleElement()
			.satisfies((entry) -> assertThat(entry.outcome()).isEqualTo(AuditOutcome.DENIED));
	}

	@Test
	@WithUserDetails("koordinator")
	void aSearchKeepsWhatItWasAskedAndWhichRecordsItShowed() {
		transaction.executeWithoutResult((status) -> auditLog.recordShown("TEST_RECORD",
				ShownRecords.of("TEST_RECORD", List.of(3L, 1L, 3L)).and("RECIPIENT", List.of(4715L)),
				SearchCriteria.of("q", " Jens\u0000 \"Hansen\" ")
					.and("unit", 4L)
					.and("blank", " ")
					.and("missing", null)
					.and("outcome", AuditOutcome.DENIED)
					.and("from", LocalDate.of(2026, 1, 2))
					.and("long", "x".repeat(199) + "\uD83D\uDE00")
					.and(PageRequest.of(2, 20)),
				"RESULTS=3"));
		AuditEntry entry = auditLog.entriesBy("koordinator", 1).get(0);
		assertThat(entry.action()).isEqualTo(AuditAction.SEARCH);
		assertThat(entry.entityType()).isEqualTo("TEST_RECORD");
		assertThat(entry.detail()).isEqualTo("RESULTS=3");
		assertThat(entry.shown()).isEqualTo("{\"RECIPIENT\": [4715], \"TEST_RECORD\": [3, 1]}");
		assertThat(jdbc.sql("""
				select concat_ws('|', criteria ->> 'q', criteria -> 'unit', criteria ->> 'outcome', criteria ->> 'from',
				                 length(criteria ->> 'long'), criteria -> 'page', criteria -> 'size',
				                 criteria -> 'blank' is not null, criteria -> 'missing' is not null,
				                 criteria -> 'sort' is not null)
				from audit_event where id = ?
				""").param(entry.id()).query(String.class).single())
			.isEqualTo("Jens  \"Hansen\"|4|DENIED|2026-01-02|199|2|20|f|f|f");
		assertThat(auditLog.entriesShowing("RECIPIENT", 4715L, 10)).extracting(AuditEntry::id).contains(entry.id());
	}

	@Test
	void criteriaAndRecordTypesAreNamedByCodes() {
		assertThatThrownBy(() -> SearchCriteria.of("Jens Hansen", "x")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> ShownRecords.of("recipient; drop", List.of(1L)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aChangeCannotBeRecordedOutsideATransaction() {
		assertThatThrownBy(() -> auditLog.record(AuditAction.UPDATE, "TEST_RECORD", 1L, null))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	@Test
	void detailsAreCodesNotFreeText() {
		assertThatThrownBy(() -> transaction.executeWithoutResult(
				(status) -> auditLog.record(AuditAction.SEARCH, "TEST_RECORD", null, "name was Jens Hansen")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void rowsCanBeAddedButNeverChangedOrRemoved() {
		transaction.executeWithoutResult((status) -> auditLog.record(AuditAction.READ, "TEST_RECORD", 4714L, null));
		assertThatThrownBy(
				() -> jdbc.sql("update audit_event set outcome = 'DENIED' where entity_id = '4714'").update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_event where entity_id = '4714'").update())
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		// The application's role may not even ask (no TRUNCATE privilege); the trigger
		// refuses anyone who may.
		assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update()).isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("permission denied");
		assertThat(auditLog.entriesFor("TEST_RECORD", 4714L, 10)).hasSize(1);
	}

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
				.containsEntry("detail", "REASON=BadCredentialsException;UNKNOWN_USER");
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
				.containsEntry("detail", "REASON=BadCredentialsException");
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
