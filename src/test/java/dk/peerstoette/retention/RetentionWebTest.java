package dk.peerstoette.retention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
import dk.peerstoette.TestProgramme;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Retention, legal holds and erasure on request, attacked as each role: only the
 * recipient's own organisation's coordinator sees what falls due, holds, lifts and
 * erases; the daily run anonymises what is due and not held, once, however many run at
 * once; and an anonymised recipient leaves no text of theirs in any table.
 */
@IntegrationTest
class RetentionWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	RetentionService retention;

	Programme data;

	long copenhagen;

	@BeforeEach
	void setUp() {
		this.data = new Programme(this.jdbc);
		this.copenhagen = this.data.organisation(TestProgramme.COPENHAGEN);
	}

	@Nested
	class TheDueList {

		@Test
		void showsTheOrganisationsRecipientsDueWithinTheNoticeAndNoOthers() throws Exception {
			// Copenhagen keeps 5 years: ended 5 years less 10 days ago falls due in 10
			// days.
			TestProgramme.Recipient soon = data.closed(copenhagen, "Snart",
					TestClock.today().minusYears(5).plusDays(10));
			TestProgramme.Recipient later = data.closed(copenhagen, "Senere",
					TestClock.today().minusYears(5).plusDays(60));
			TestProgramme.Recipient open = data.withOpenCourse(copenhagen, "Aaben");
			String html = page("koordinator", get("/retention")).andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).contains(soon.alias()).doesNotContain(later.alias()).doesNotContain(open.alias());
			page("koordinator", get("/retention").param("q", soon.number())).andExpect(status().isOk())
				.andExpect(content().string(containsString(soon.alias())));
			assertThat(jdbc.sql("""
					select count(*) from audit_event where actor_username = 'koordinator' and action = 'SEARCH'
					and detail like '%VIA=RETENTION_DUE' and shown @> cast(? as jsonb)
					""").param("{\"RECIPIENT\":[" + soon.id() + "]}").query(Long.class).single()).isPositive();
		}

		@Test
		void anotherOrganisationsCoordinatorDoesNotSeeIt() throws Exception {
			TestProgramme.Recipient soon = data.closed(copenhagen, "Fremmed", TestClock.today().minusYears(5));
			page("koordinator.aarhus", get("/retention")).andExpect(status().isOk())
				.andExpect(content().string(not(containsString(soon.alias()))));
			page("koordinator.aarhus", get("/retention/recipients/{id}", soon.id())).andExpect(status().isNotFound());
		}

		@Test
		void otherRolesAreRefused() throws Exception {
			for (String username : List.of("peer", "leder", "admin")) {
				page(username, get("/retention")).andExpect(status().isForbidden());
			}
		}

		@Test
		void anOrganisationsLongerPeriodPutsItsRecipientsLater() throws Exception {
			TestProgramme.Recipient soon = data.closed(copenhagen, "Periode", TestClock.today().minusYears(5));
			assertThat(dueOn(soon.id())).isEqualTo(TestClock.today());
			page("admin",
					post("/admin/organisations/{id}", copenhagen).param("name", TestProgramme.COPENHAGEN)
						.param("kind", "MUNICIPALITY")
						.param("retentionYears", "7")
						.param("version", version(copenhagen)))
				.andExpect(status().is3xxRedirection());
			try {
				assertThat(dueOn(soon.id())).isEqualTo(TestClock.today().plusYears(2));
				assertThat(jdbc.sql("""
						select count(*) from audit_event where actor_username = 'admin' and entity_type = 'ORGANISATION'
						and entity_id = ? and detail like '%retentionYears%RETENTION_YEARS=7'
						""").param(String.valueOf(copenhagen)).query(Long.class).single()).isEqualTo(1);
				// A coordinator does not change it.
				page("koordinator",
						post("/admin/organisations/{id}", copenhagen).param("name", "x")
							.param("kind", "MUNICIPALITY")
							.param("retentionYears", "1")
							.param("version", version(copenhagen)))
					.andExpect(status().isForbidden());
				// Every problem at once, with what was typed.
				page("admin",
						post("/admin/organisations/{id}", copenhagen).param("name", "")
							.param("kind", "MUNICIPALITY")
							.param("retentionYears", "31")
							.param("version", version(copenhagen)))
					.andExpect(status().isOk())
					.andExpect(model().attributeHasFieldErrors("organisationForm", "name", "retentionYears"))
					.andExpect(content().string(containsString("value=\"31\"")));
			}
			finally {
				jdbc.sql("update organisation set retention_years = 5 where id = ?").param(copenhagen).update();
			}
		}

	}

	@Nested
	class Holds {

		@Test
		void aCoordinatorHoldsAndLiftsWithAReasonBothAudited() throws Exception {
			TestProgramme.Recipient held = data.closed(copenhagen, "Hold", TestClock.today().minusYears(6));
			page("koordinator",
					post("/retention/recipients/{id}/hold", held.id()).param("holdGround", "COMPLAINT")
						.param("reason", "Klagesag hos Ankestyrelsen"))
				.andExpect(redirectedUrl("/retention/recipients/" + held.id()));
			assertThat(audited(held.id(), "LEGAL_HOLD=PLACED;GROUND=COMPLAINT")).isEqualTo(1);
			page("koordinator", get("/retention/recipients/{id}", held.id())).andExpect(status().isOk())
				.andExpect(content().string(containsString("Klagesag hos Ankestyrelsen")));
			long hold = jdbc.sql("select id from legal_hold where recipient_id = ?")
				.param(held.id())
				.query(Long.class)
				.single();
			page("koordinator",
					post("/retention/recipients/{id}/holds/{hold}/lift", held.id(), hold).param("version", "0"))
				.andExpect(redirectedUrl("/retention/recipients/" + held.id()));
			assertThat(audited(held.id(), "LEGAL_HOLD=LIFTED;GROUND=COMPLAINT")).isEqualTo(1);
			assertThat(jdbc.sql("select lifted_on from legal_hold where id = ?")
				.param(hold)
				.query(LocalDate.class)
				.single()).isEqualTo(TestClock.today());
		}

		@Test
		void aHoldFormComesBackWithEveryProblemAndWhatWasTyped() throws Exception {
			TestProgramme.Recipient held = data.closed(copenhagen, "Fejl", TestClock.today().minusYears(6));
			page("koordinator", post("/retention/recipients/{id}/hold", held.id()).param("reason", "  "))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("holdForm", "holdGround", "reason"));
			page("koordinator", post("/retention/recipients/{id}/hold", held.id()).param("reason", "Sag nr. 17"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("holdForm", "holdGround"))
				.andExpect(content().string(containsString("Sag nr. 17")));
			assertThat(jdbc.sql("select count(*) from legal_hold where recipient_id = ?")
				.param(held.id())
				.query(Long.class)
				.single()).isZero();
		}

		@Test
		void anotherOrganisationsCoordinatorCannotHoldLiftOrErase() throws Exception {
			TestProgramme.Recipient recipient = data.closed(copenhagen, "Angreb", TestClock.today().minusYears(6));
			page("koordinator.aarhus",
					post("/retention/recipients/{id}/hold", recipient.id()).param("holdGround", "OTHER")
						.param("reason", "forsøg"))
				.andExpect(status().isNotFound());
			page("koordinator", post("/retention/recipients/{id}/hold", recipient.id()).param("holdGround", "OTHER")
				.param("reason", "Egen sag")).andExpect(status().is3xxRedirection());
			long hold = jdbc.sql("select id from legal_hold where recipient_id = ?")
				.param(recipient.id())
				.query(Long.class)
				.single();
			page("koordinator.aarhus",
					post("/retention/recipients/{id}/holds/{hold}/lift", recipient.id(), hold).param("version", "0"))
				.andExpect(status().isNotFound());
			page("koordinator.aarhus",
					post("/retention/recipients/{id}/erase", recipient.id()).param("erasureGround", "CONSENT_WITHDRAWN")
						.param("confirmed", "true"))
				.andExpect(status().isNotFound());
			assertThat(jdbc.sql("select count(*) from legal_hold where recipient_id = ? and lifted_on is null")
				.param(recipient.id())
				.query(Long.class)
				.single()).isEqualTo(1);
			assertThat(anonymised(recipient.id())).isFalse();
			assertThat(jdbc.sql("""
					select count(*) from audit_event where actor_username = 'koordinator.aarhus' and entity_id = ?
					and outcome = 'DENIED' and detail = 'REASON=OUT_OF_SCOPE;VIA=RETENTION'
					""").param(String.valueOf(recipient.id())).query(Long.class).single()).isEqualTo(3);
		}

		@Test
		void aHeldRecipientIsNotErasedAndNotAnonymisedByTheJob() throws Exception {
			TestProgramme.Recipient held = data.closed(copenhagen, "Tilbage", TestClock.today().minusYears(6));
			TestProgramme.Recipient free = data.closed(copenhagen, "Fri", TestClock.today().minusYears(6));
			page("koordinator", post("/retention/recipients/{id}/hold", held.id()).param("holdGround", "LEGAL_CLAIM")
				.param("reason", "Retssag")).andExpect(status().is3xxRedirection());
			page("koordinator",
					post("/retention/recipients/{id}/erase", held.id()).param("erasureGround", "CONSENT_WITHDRAWN")
						.param("confirmed", "true"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Modtageren er tilbageholdt")));
			retention.anonymiseDue();
			assertThat(anonymised(held.id())).isFalse();
			assertThat(anonymised(free.id())).isTrue();
			assertThat(
					jdbc.sql("select alias from recipient where id = ?").param(held.id()).query(String.class).single())
				.isEqualTo(held.alias());
		}

	}

	@Nested
	class Erasure {

		@Test
		void peerWorkersManagersAndAdministratorsCannotErase() throws Exception {
			TestProgramme.Recipient recipient = data.closed(copenhagen, "Rolle", TestClock.today().minusYears(1));
			long peerWorker = data.peerWorkerOfUser("peer", copenhagen);
			data.assign(recipient.id(), peerWorker);
			for (String username : List.of("peer", "leder", "admin")) {
				page(username,
						post("/retention/recipients/{id}/erase", recipient.id())
							.param("erasureGround", "CONSENT_WITHDRAWN")
							.param("confirmed", "true"))
					.andExpect(status().isForbidden());
			}
			assertThat(anonymised(recipient.id())).isFalse();
		}

		@Test
		void anErasureNeedsItsGroundAndTheConfirmationAndRecordsBoth() throws Exception {
			TestProgramme.Recipient recipient = data.closed(copenhagen, "Slet", TestClock.today().minusYears(1));
			page("koordinator", post("/retention/recipients/{id}/erase", recipient.id())).andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("erasureForm", "erasureGround", "confirmed"));
			assertThat(anonymised(recipient.id())).isFalse();
			page("koordinator",
					post("/retention/recipients/{id}/erase", recipient.id()).param("erasureGround", "OBJECTION")
						.param("confirmed", "true"))
				.andExpect(redirectedUrl("/recipients/" + recipient.id()));
			assertThat(anonymised(recipient.id())).isTrue();
			assertThat(audited(recipient.id(), "ANONYMISED;CAUSE=ERASURE_REQUEST;GROUND=OBJECTION")).isEqualTo(1);
			Map<String, Object> row = jdbc
				.sql("select cause, erasure_ground, requested_by from anonymisation where recipient_id = ?")
				.param(recipient.id())
				.query()
				.singleRow();
			assertThat(row).containsEntry("cause", "ERASURE_REQUEST")
				.containsEntry("erasure_ground", "OBJECTION")
				.containsEntry("requested_by", data.userId("koordinator"));
			// The record of it cannot be changed or removed, whatever the role's grants.
			org.assertj.core.api.Assertions.assertThatThrownBy(
					() -> jdbc.sql("delete from anonymisation where recipient_id = ?").param(recipient.id()).update())
				.hasStackTraceContaining("append-only");
		}

		@Test
		void anAnonymisedRecipientIsGoneFromListsAndSearchesAndItsPageSaysSo() throws Exception {
			TestProgramme.Recipient recipient = data.closed(copenhagen, "Forsvundet", TestClock.today().minusYears(1));
			erase(recipient.id());
			// (The search box shows the text typed, so the alias is looked for in none of
			// the
			// rows.)
			for (String typed : List.of(recipient.alias(), recipient.number(), "ANON-" + recipient.id())) {
				page("koordinator", get("/recipients").param("q", typed)).andExpect(status().isOk())
					.andExpect(content().string(containsString("Ingen modtagere matcher")))
					.andExpect(content().string(not(containsString("/recipients/" + recipient.id() + "\""))));
			}
			page("koordinator", get("/recipients/search").param("q", "ANON-" + recipient.id()))
				.andExpect(content().string("[]"));
			page("koordinator", get("/recipients/search").param("q", recipient.number()))
				.andExpect(content().string("[]"));
			page("koordinator", get("/recipients/{id}", recipient.id())).andExpect(status().isOk())
				.andExpect(content().string(containsString("Anonymiseret modtager")))
				.andExpect(content().string(not(containsString(recipient.alias()))))
				.andExpect(content().string(not(containsString(recipient.number()))));
			page("koordinator", get("/recipients/{id}/edit", recipient.id())).andExpect(status().isNotFound());
		}

		/**
		 * The attack: after the erasure, no text column of any table holds the alias, the
		 * number, the reference or any of the free texts written about the person.
		 */
		@Test
		void anAnonymisedRecipientsTextsAreGoneFromEveryTable() throws Exception {
			String tag = TestProgramme.tag();
			TestProgramme.Recipient recipient = data.closed(copenhagen, "Spor" + tag, TestClock.today().minusYears(1));
			long course = data.courseOf(recipient.id());
			long peerWorker = data.peerWorkerOfUser("peer", copenhagen);
			long author = data.userId("koordinator");
			List<String> texts = List.of(recipient.alias(), recipient.number(), "Journal-" + tag, "Maal-" + tag,
					"Titel-" + tag, "Note-" + tag, "Sted-" + tag, "Dispensation-" + tag, "Slettet-" + tag,
					"Rettet-" + tag, "Tilbagehold-" + tag);
			jdbc.sql("update recipient set external_reference = ?, birth_year = 1971, referral_date = ? where id = ?")
				.params("Journal-" + tag, TestClock.today().minusYears(3), recipient.id())
				.update();
			jdbc.sql("update course set goals = ?, title = ?, discharge_on = ? where id = ?")
				.params("Maal-" + tag, "Titel-" + tag, TestClock.today().minusYears(2), course)
				.update();
			data.consent(recipient.id(), "ANONYMISED_QUOTES", TestClock.today().minusYears(2));
			long contact = jdbc.sql("""
					insert into contact (organisation_id, unit_id, course_id, recipient_id, peer_worker_id, kind,
					    occurred_on, starts_at, duration_minutes, note, place, override_reason, created_by, updated_by)
					values (?, ?, ?, ?, ?, 'INDIVIDUAL_CONVERSATION', ?, time '10:00', 30, ?, ?, ?, ?, ?) returning id
					""")
				.params(copenhagen, data.unit(copenhagen), course, recipient.id(), peerWorker,
						TestClock.today().minusYears(2), "Note-" + tag, "Sted-" + tag, "Dispensation-" + tag, author,
						author)
				.query(Long.class)
				.single();
			jdbc.sql(
					"""
							insert into contact (organisation_id, unit_id, course_id, recipient_id, peer_worker_id, kind,
							    occurred_on, starts_at, duration_minutes, created_by, updated_by, deleted_at, deleted_by, delete_reason)
							values (?, ?, ?, ?, ?, 'PHONE', ?, time '11:00', 15, ?, ?, now(), ?, ?)
							""")
				.params(copenhagen, data.unit(copenhagen), course, recipient.id(), peerWorker,
						TestClock.today().minusYears(2), author, author, author, "Slettet-" + tag)
				.update();
			jdbc.sql("""
					insert into contact_change (contact_id, changed_by, field, old_value, new_value)
					values (?, ?, 'place', ?, ?)
					""").params(contact, author, "Rettet-" + tag, "Sted-" + tag).update();
			jdbc.sql(
					"""
							insert into quote (kind, text, organisation_id, unit_id, recipient_id, recorded_on, chime_hope, created_by)
							values ('QUOTE', ?, ?, ?, ?, ?, true, ?)
							""")
				.params("Citat-" + tag, copenhagen, data.unit(copenhagen), recipient.id(),
						TestClock.today().minusYears(2), author)
				.update();
			// A hold placed and lifted, whose reason names the person.
			page("koordinator", post("/retention/recipients/{id}/hold", recipient.id()).param("holdGround", "OTHER")
				.param("reason", "Tilbagehold-" + tag)).andExpect(status().is3xxRedirection());
			long hold = jdbc.sql("select id from legal_hold where recipient_id = ?")
				.param(recipient.id())
				.query(Long.class)
				.single();
			page("koordinator",
					post("/retention/recipients/{id}/holds/{hold}/lift", recipient.id(), hold).param("version", "0"))
				.andExpect(status().is3xxRedirection());
			jdbc.sql("insert into recipient_network (recipient_id, role, relatives) values (?, 'CHILD', 2)")
				.param(recipient.id())
				.update();
			// Each text is somewhere before: the search below finds what it looks for.
			for (String text : texts) {
				assertThat(tablesHolding(text)).as(text).isNotEmpty();
			}
			long contactsBefore = jdbc.sql("select count(*) from contact where recipient_id = ?")
				.param(recipient.id())
				.query(Long.class)
				.single();

			erase(recipient.id());

			for (String text : texts) {
				assertThat(tablesHolding(text)).as(text).isEmpty();
			}
			// The quote itself, an anonymised quote by consent, stays without its link:
			// its
			// text was found above only as the quote's.
			Map<String, Object> row = jdbc
				.sql("select birth_year, referral_date, external_reference, gender from recipient where id = ?")
				.param(recipient.id())
				.query()
				.singleRow();
			assertThat(row.get("birth_year")).isNull();
			assertThat(row.get("referral_date")).isNull();
			assertThat(row.get("gender")).isEqualTo("NOT_STATED");
			assertThat(jdbc.sql("select count(*) from consent where recipient_id = ?")
				.param(recipient.id())
				.query(Long.class)
				.single()).isZero();
			// What the dashboard counts stays.
			assertThat(jdbc.sql("select count(*) from contact where recipient_id = ?")
				.param(recipient.id())
				.query(Long.class)
				.single()).isEqualTo(contactsBefore);
			assertThat(jdbc.sql("select count(*) from course_recipient where recipient_id = ?")
				.param(recipient.id())
				.query(Long.class)
				.single()).isEqualTo(1);
			// The network is a count per role, which names nobody once the recipient is
			// nobody: the dashboard counts it.
			assertThat(jdbc.sql("select relatives from recipient_network where recipient_id = ? and role = 'CHILD'")
				.param(recipient.id())
				.query(Integer.class)
				.single()).isEqualTo(2);
		}

	}

	@Nested
	class TheDailyRun {

		@Test
		void twoRunsAtOnceAnonymiseEachRecipientOnce() throws Exception {
			List<TestProgramme.Recipient> due = new ArrayList<>();
			for (int i = 0; i < 5; i++) {
				due.add(data.closed(copenhagen, "Samtidig" + i, TestClock.today().minusYears(5).minusDays(i)));
			}
			TestProgramme.Recipient notYet = data.closed(copenhagen, "Ikke endnu",
					TestClock.today().minusYears(5).plusDays(1));
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(2);
			try {
				Callable<Integer> run = () -> {
					start.await();
					return retention.anonymiseDue();
				};
				Future<Integer> first = pool.submit(run);
				Future<Integer> second = pool.submit(run);
				start.countDown();
				first.get();
				second.get();
			}
			finally {
				pool.shutdown();
			}
			assertThat(retention.anonymiseDue()).as("a later run finds nothing left").isZero();
			for (TestProgramme.Recipient recipient : due) {
				assertThat(anonymised(recipient.id())).isTrue();
				assertThat(audited(recipient.id(), "ANONYMISED;CAUSE=RETENTION")).isEqualTo(1);
				assertThat(jdbc.sql("select cause from anonymisation where recipient_id = ?")
					.param(recipient.id())
					.query(String.class)
					.single()).isEqualTo("RETENTION");
			}
			assertThat(anonymised(notYet.id())).isFalse();
		}

		@Test
		void aRecipientWithACourseStillOpenIsNeverDue() throws Exception {
			TestProgramme.Recipient recipient = data.closed(copenhagen, "Aabent", TestClock.today().minusYears(8));
			data.course(copenhagen, recipient.id(), data.peerWorkerOfUser("peer", copenhagen),
					TestClock.today().minusYears(7));
			retention.anonymiseDue();
			assertThat(anonymised(recipient.id())).isFalse();
		}

	}

	private void erase(long recipientId) throws Exception {
		page("koordinator",
				post("/retention/recipients/{id}/erase", recipientId).param("erasureGround", "CONSENT_WITHDRAWN")
					.param("confirmed", "true"))
			.andExpect(redirectedUrl("/recipients/" + recipientId));
	}

	/** Every table.column of a text kind (also JSON) that holds the text, in any case. */
	private List<String> tablesHolding(String text) {
		List<String> found = new ArrayList<>();
		List<Map<String, Object>> columns = jdbc.sql("""
				select c.table_name, c.column_name from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
				  and c.data_type in ('character varying', 'text', 'character', 'jsonb', 'json')
				""").query().listOfRows();
		for (Map<String, Object> column : columns) {
			String sql = "select count(*) from \"%s\" where strpos(lower(\"%s\"::text), lower(?)) > 0"
				.formatted(column.get("table_name"), column.get("column_name"));
			if (jdbc.sql(sql).param(text).query(Long.class).single() > 0) {
				found.add(column.get("table_name") + "." + column.get("column_name"));
			}
		}
		return found;
	}

	private boolean anonymised(long recipientId) {
		return jdbc.sql("select anonymised_on is not null from recipient where id = ?")
			.param(recipientId)
			.query(Boolean.class)
			.single();
	}

	private long audited(long recipientId, String detail) {
		return jdbc.sql("""
				select count(*) from audit_event where entity_type = 'RECIPIENT' and entity_id = ? and detail = ?
				and outcome = 'SUCCESS'
				""").params(String.valueOf(recipientId), detail).query(Long.class).single();
	}

	private LocalDate dueOn(long recipientId) {
		return retention.read(recipientId, (dk.peerstoette.security.StaffUser) users.loadUserByUsername("koordinator"))
			.due()
			.dueOn();
	}

	private String version(long organisationId) {
		return String.valueOf(jdbc.sql("select version from organisation where id = ?")
			.param(organisationId)
			.query(Long.class)
			.single());
	}

	private ResultActions page(String username, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(users.loadUserByUsername(username))).with(csrf()));
	}

	/** The demo programme with recipients whose courses closed on a given day. */
	static final class Programme extends TestProgramme {

		Programme(JdbcClient jdbc) {
			super(jdbc);
		}

		/** A recipient whose one course started a year before it ended on the day. */
		Recipient closed(long organisationId, String name, LocalDate endedOn) {
			Recipient recipient = recipient(organisationId, name + " " + tag());
			consent(recipient.id(), "REGISTRATION", endedOn.minusYears(1));
			long peer = peerWorker(organisationId, "Ret peer " + tag());
			long course = course(organisationId, recipient.id(), peer, endedOn.minusYears(1));
			this.jdbc.sql("update course set ended_on = ? where id = ?").params(endedOn, course).update();
			return recipient;
		}

		Recipient withOpenCourse(long organisationId, String name) {
			Recipient recipient = recipient(organisationId, name + " " + tag());
			course(organisationId, recipient.id(), peerWorker(organisationId, "Ret peer " + tag()),
					TestClock.today().minusYears(9));
			return recipient;
		}

		long courseOf(long recipientId) {
			return this.jdbc.sql("select min(course_id) from course_recipient where recipient_id = ?")
				.param(recipientId)
				.query(Long.class)
				.single();
		}

		void assign(long recipientId, long peerWorkerId) {
			this.jdbc.sql("insert into course_peer (course_id, peer_worker_id) values (?, ?) on conflict do nothing")
				.params(courseOf(recipientId), peerWorkerId)
				.update();
		}

	}

}
