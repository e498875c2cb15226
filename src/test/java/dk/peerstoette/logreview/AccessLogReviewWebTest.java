package dk.peerstoette.logreview;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dk.peerstoette.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The data protection officer's view of the access log: what it answers, that every use
 * of it is logged, that its review marks are kept, and that nobody else reaches it while
 * the officer reaches nothing else.
 */
@IntegrationTest
class AccessLogReviewWebTest {

	/** Every address of the officer's view, read and written. */
	static final List<String> AUDITOR_PAGES = List.of("/audit", "/audit?refusals=true", "/audit/sample",
			"/audit/sample?draw=1&size=5", "/audit/export.csv", "/audit/export.csv?user=koordinator");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	long recipientOf(String coordinator) {
		return this.jdbc.sql("""
				select r.id from recipient r join staff_user s on s.organisation_id = r.organisation_id
				where s.username = ? order by r.id limit 1
				""").param(coordinator).query(Long.class).single();
	}

	String numberOf(long recipientId) {
		return this.jdbc.sql("select internal_number from recipient where id = ?")
			.param(recipientId)
			.query(String.class)
			.single();
	}

	/** A few accesses by a coordinator, so that the log has something to show. */
	void someAccesses() throws Exception {
		for (int i = 0; i < 6; i++) {
			this.mvc.perform(get("/recipients").param("page", String.valueOf(i)).with(as("koordinator")))
				.andExpect(status().isOk());
		}
	}

	long lastAuditId() {
		return this.jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
	}

	@Nested
	class NobodyElseSeesTheLog {

		@ParameterizedTest
		@ValueSource(strings = { "admin", "leder", "koordinator", "peer" })
		void everyOtherRoleIsRefusedEveryPageAndExport(String username) throws Exception {
			someAccesses();
			for (String page : AUDITOR_PAGES) {
				mvc.perform(get(page).with(as(username))).andExpect(status().isForbidden());
			}
			long entry = lastAuditId();
			mvc.perform(
					post("/audit/entries/" + entry + "/review").param("comment", "x").with(csrf()).with(as(username)))
				.andExpect(status().isForbidden());
			assertThat(jdbc.sql("select count(*) from audit_review where reviewer_username = ?")
				.param(username)
				.query(Long.class)
				.single()).isZero();
		}

	}

	@Nested
	class TheAuditorSeesNothingElse {

		@Test
		void isRefusedEveryRecordStructureAndFigurePage() throws Exception {
			long recipient = recipientOf("koordinator");
			long course = jdbc.sql("select min(id) from course").query(Long.class).single();
			long contact = jdbc.sql("select min(id) from contact").query(Long.class).single();
			for (String page : List.of("/recipients", "/recipients/" + recipient, "/recipients/search?q=a",
					"/recipients/" + recipient + "/access-log", "/recipients/" + recipient + "/access-log.pdf",
					"/recipients/new", "/contacts", "/contacts/" + contact, "/contacts/new", "/contacts/week",
					"/courses", "/courses/" + course, "/courses/new", "/dashboard", "/dashboard/export.xlsx",
					"/dashboard/export.csv?table=activity", "/dashboard/report", "/dashboard/report.pdf", "/peers",
					"/peers/me", "/quotes", "/outcomes/due", "/outcomes/recipients/" + recipient, "/checkins",
					"/checkins/supervision", "/admin/users", "/admin/partnerships", "/admin/instruments",
					"/actuator/metrics")) {
				mvc.perform(get(page).with(as("auditor"))).andExpect(status().isForbidden());
			}
			mvc.perform(post("/recipients").with(csrf()).with(as("auditor"))).andExpect(status().isForbidden());
		}

		@Test
		void startsAtTheAccessLogAndKeepsTheirOwnAccount() throws Exception {
			mvc.perform(get("/").with(as("auditor"))).andExpect(redirectedUrl("/audit"));
			mvc.perform(get("/audit").with(as("auditor")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("href=\"/audit/sample\"")))
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("href=\"/recipients\""))));
			mvc.perform(get("/account/password").with(as("auditor"))).andExpect(status().isOk());
		}

	}

	@Nested
	class Questions {

		@Test
		void findsWhoLookedAtARecipientAndLogsTheQuestion() throws Exception {
			long recipient = recipientOf("koordinator");
			long before = lastAuditId();
			mvc.perform(get("/recipients/" + recipient).with(as("koordinator"))).andExpect(status().isOk());
			long read = jdbc.sql("""
					select id from audit_event where id > ? and actor_username = 'koordinator' and action = 'READ'
					and entity_type = 'RECIPIENT' and entity_id = ?
					""").param(before).param(String.valueOf(recipient)).query(Long.class).single();
			assertThat(jdbc.sql("select actor_role || ':' || actor_organisation_id from audit_event where id = ?")
				.param(read)
				.query(String.class)
				.single()).startsWith("COORDINATOR:");

			String html = mvc
				.perform(get("/audit").param("recipient", numberOf(recipient).toLowerCase())
					.param("sort", "time,desc")
					.with(as("auditor")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).contains("id=\"entry-" + read + "\"").contains("Karen Koordinator");

			// Every row of the answer read, changed or showed that recipient.
			long question = jdbc.sql("""
					select max(id) from audit_event where actor_username = 'auditor' and action = 'SEARCH'
					and entity_type = 'AUDIT_EVENT'
					""").query(Long.class).single();
			assertThat(jdbc.sql("select criteria ->> 'recipient' from audit_event where id = ?")
				.param(question)
				.query(String.class)
				.single()).isEqualToIgnoringCase(numberOf(recipient));
			// The question showed the recipient: it is in their own access log.
			assertThat(jdbc.sql("select shown -> 'RECIPIENT' ->> 0 from audit_event where id = ?")
				.param(question)
				.query(String.class)
				.single()).isEqualTo(String.valueOf(recipient));
			assertThat(jdbc.sql("select jsonb_array_length(shown -> 'AUDIT_EVENT') from audit_event where id = ?")
				.param(question)
				.query(Integer.class)
				.single()).isPositive();
		}

		@Test
		void showsOnlyRefusalsWhenAsked() throws Exception {
			long other = recipientOf("koordinator.aarhus");
			mvc.perform(get("/recipients/" + other).with(as("koordinator"))).andExpect(status().isNotFound());
			MvcResult result = mvc
				.perform(get("/audit").param("refusals", "true")
					.param("user", "Koordinator")
					.param("sort", "time,desc")
					.param("size", "100")
					.with(as("auditor")))
				.andExpect(status().isOk())
				.andReturn();
			@SuppressWarnings("unchecked")
			org.springframework.data.domain.Page<EntryRow> page = (org.springframework.data.domain.Page<EntryRow>) result
				.getModelAndView()
				.getModel()
				.get("page");
			assertThat(page.getContent()).isNotEmpty()
				.allSatisfy((row) -> assertThat(row.entry().refused()).isTrue())
				.allSatisfy((row) -> assertThat(row.entry().username()).isEqualTo("koordinator"));
			assertThat(page.getContent())
				.anySatisfy((row) -> assertThat(row.entry().entityId()).isEqualTo(String.valueOf(other)));
		}

		@Test
		void namesEveryProblemOfAQuestionAtOnceAndKeepsWhatWasTyped() throws Exception {
			long before = lastAuditId();
			mvc.perform(get("/audit").param("recipient", "R-12")
				.param("from", "31.02.2026x")
				.param("to", "01.01.2026")
				.param("user", "koordinator")
				.with(as("auditor")))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("query", "recipient", "logreview.recipient.format"))
				.andExpect(model().attributeHasFieldErrors("query", "from"))
				.andExpect(content().string(containsString("value=\"R-12\"")))
				.andExpect(content().string(containsString("value=\"31.02.2026x\"")))
				.andExpect(content().string(containsString("error-summary")));
			mvc.perform(get("/audit").param("recipient", "R-999999")
				.param("from", "02.01.2026")
				.param("to", "01.01.2026")
				.with(as("auditor")))
				.andExpect(model().attributeHasFieldErrorCode("query", "recipient", "logreview.recipient.unknown"))
				.andExpect(model().attributeHasFieldErrorCode("query", "to", "logreview.period.order"));
			assertThat(jdbc
				.sql("select count(*) from audit_event where id > ? and actor_username = 'auditor' "
						+ "and entity_type = 'AUDIT_EVENT'")
				.param(before)
				.query(Long.class)
				.single()).isZero();
		}

		@Test
		void exportsTheAnswerAsCsvAndLogsTheExport() throws Exception {
			long recipient = recipientOf("koordinator");
			mvc.perform(get("/recipients/" + recipient).with(as("koordinator"))).andExpect(status().isOk());
			byte[] csv = mvc
				.perform(get("/audit/export.csv").param("recipient", numberOf(recipient)).with(as("auditor")))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", containsString("text/csv")))
				.andExpect(header().string("Content-Disposition", containsString("attachment")))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			String text = new String(csv, StandardCharsets.UTF_8);
			assertThat(text).startsWith("\uFEFFNr.,Tidspunkt,Brugernavn").contains("koordinator");
			long rows = text.lines().count() - 1;
			assertThat(jdbc.sql("""
					select detail from audit_event where actor_username = 'auditor' and action = 'EXPORT'
					and entity_type = 'AUDIT_EVENT' order by id desc limit 1
					""").query(String.class).single()).isEqualTo("FORMAT=CSV;ROWS=" + rows);
		}

	}

	@Nested
	class Review {

		@Test
		void aSampleKeepsItsSeedAndShowsTheSameAccessesAgain() throws Exception {
			someAccesses();
			String location = mvc
				.perform(get("/audit/sample").param("draw", "1").param("size", "5").with(as("auditor")))
				.andExpect(redirectedUrlPattern("/audit/sample?*seed=*"))
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			List<?> first = (List<?>) mvc.perform(get(location).with(as("auditor")))
				.andExpect(status().isOk())
				.andReturn()
				.getModelAndView()
				.getModel()
				.get("entries");
			List<?> again = (List<?>) mvc.perform(get(location).with(as("auditor")))
				.andReturn()
				.getModelAndView()
				.getModel()
				.get("entries");
			assertThat(first).hasSize(5);
			assertThat(again.stream().map((row) -> ((EntryRow) row).entry().id()).toList())
				.isEqualTo(first.stream().map((row) -> ((EntryRow) row).entry().id()).toList());
			assertThat(jdbc.sql("""
					select count(*) from audit_event where actor_username = 'auditor' and action = 'SEARCH'
					and entity_type = 'AUDIT_EVENT' and detail like 'SAMPLE;%'
					""").query(Long.class).single()).isGreaterThanOrEqualTo(2);
		}

		@Test
		void marksAnAccessReviewedKeepsEveryMarkAndLogsIt() throws Exception {
			someAccesses();
			long entry = lastAuditId();
			String comment = "Stikprøve " + UUID.randomUUID();
			mvc.perform(post("/audit/entries/" + entry + "/review").param("comment", comment)
				.param("back", "/audit/sample?from=2026-01-01&seed=7")
				.with(csrf())
				.with(as("auditor"))).andExpect(redirectedUrl("/audit/sample?from=2026-01-01&seed=7"));
			mvc.perform(post("/audit/entries/" + entry + "/review").param("comment", "")
				.param("back", "https://evil.example/")
				.with(csrf())
				.with(as("auditor"))).andExpect(redirectedUrl("/audit"));
			assertThat(jdbc.sql("select count(*) from audit_review where audit_event_id = ?")
				.param(entry)
				.query(Long.class)
				.single()).isEqualTo(2);
			assertThat(jdbc.sql("""
					select count(*) from audit_event where actor_username = 'auditor' and action = 'CREATE'
					and entity_type = 'AUDIT_REVIEW' and detail = ?
					""").param("EVENT=" + entry).query(Long.class).single()).isEqualTo(2);
			mvc.perform(post("/audit/entries/" + Long.MAX_VALUE + "/review").with(csrf()).with(as("auditor")))
				.andExpect(status().isNotFound());
			mvc.perform(post("/audit/entries/" + entry + "/review").param("comment", "x".repeat(1001))
				.with(csrf())
				.with(as("auditor"))).andExpect(redirectedUrl("/audit"));
			assertThat(jdbc.sql("select count(*) from audit_review where audit_event_id = ?")
				.param(entry)
				.query(Long.class)
				.single()).isEqualTo(2);
		}

		@Test
		void theApplicationsRoleCanNeitherChangeNorRemoveAMark() {
			// The tests connect as the application's role, as the application does.
			assertThat(jdbc
				.sql("""
						select has_table_privilege('audit_review', 'UPDATE') or has_table_privilege('audit_review', 'DELETE')
						""")
				.query(Boolean.class)
				.single()).isFalse();
			assertThat(jdbc.sql("select has_table_privilege('audit_review', 'INSERT')").query(Boolean.class).single())
				.isTrue();
			assertThatThrownBy(() -> jdbc.sql("update audit_review set comment = 'changed'").update()).rootCause()
				.hasMessageContaining("permission denied");
			assertThatThrownBy(() -> jdbc.sql("delete from audit_review").update()).rootCause()
				.hasMessageContaining("permission denied");
		}

	}

	@Nested
	class Administration {

		@Test
		void anAdministratorCreatesADataProtectionOfficerOutsideAnyOrganisation() throws Exception {
			String username = "dpo-" + UUID.randomUUID().toString().substring(0, 8);
			MockHttpServletRequestBuilder form = post("/admin/users").with(csrf())
				.with(as("admin"))
				.param("username", username)
				.param("fullName", "Dora Databeskyttelse")
				.param("role", "AUDITOR")
				.param("password", "Fjord-Lanterns-Glow-58")
				.param("passwordRepeat", "Fjord-Lanterns-Glow-58");
			mvc.perform(form).andExpect(redirectedUrlPattern("/admin/users/*"));
			assertThat(jdbc.sql("select role from staff_user where username = ?")
				.param(username)
				.query(String.class)
				.single()).isEqualTo("AUDITOR");
			mvc.perform(get("/admin/users/new").with(as("admin")))
				.andExpect(content().string(containsString("value=\"AUDITOR\"")));
		}

	}

}
