package dk.peerstoette.contact;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.peerstoette.DateFields;
import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
import dk.peerstoette.TestProgramme.Recipient;
import dk.peerstoette.contact.ContactFixtures.PeerLogin;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static dk.peerstoette.contact.ContactFixtures.YESTERDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The quick entry: what it offers, what it saves, every rule and the scope. */
@IntegrationTest
@WithUserDetails("peer")
class QuickEntryWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	ContactFixtures fixtures;

	String tag;

	long copenhagen;

	long me;

	Recipient anna;

	long annasCourse;

	@BeforeEach
	void aRecipientInThePeerWorkersCaseload() {
		this.fixtures = new ContactFixtures(this.jdbc, this.users);
		this.tag = ContactFixtures.tag();
		this.copenhagen = this.fixtures.organisation(ContactFixtures.COPENHAGEN);
		this.me = this.fixtures.peerWorkerOfUser("peer", this.copenhagen);
		this.anna = this.fixtures.recipient(this.copenhagen, "Anna " + this.tag);
		this.annasCourse = this.fixtures.course(this.copenhagen, "INDIVIDUAL", TestClock.today().minusDays(60), null,
				List.of(this.anna.id()), List.of(this.me));
	}

	@Nested
	class Create {

		@Test
		void aPeerWorkerLogsAContactWithARecipientOfTheirCaseload() throws Exception {
			// The demo peer worker's caseload is large: Anna, never met, is found by
			// searching.
			mvc.perform(get("/contacts/new").param("q", anna.alias()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(anna.label())))
				.andExpect(content().string(containsString("value=\"" + DateFields.danish(TestClock.today()) + "\"")))
				.andExpect(content().string(containsString("name=\"token\"")));
			assertThat(jdbc
				.sql("select detail from audit_event where actor_username = 'peer' and action = 'SEARCH' "
						+ "and entity_type = 'RECIPIENT' order by id desc limit 1")
				.query(String.class)
				.single()).startsWith("RESULTS=").endsWith(";VIA=CONTACT_FORM");
			long id = created(fixtures.quickEntry("peer", anna.id(), "kind", "BRIDGE_BUILDING")
				.param("place", "Jobcentret " + tag)
				.param("themes", "HOPE", "EMPOWERMENT")
				.param("note", "Gik godt " + tag));
			Map<String, Object> row = jdbc.sql("select * from contact where id = ?").param(id).query().singleRow();
			assertThat(row).containsEntry("organisation_id", copenhagen)
				.containsEntry("unit_id", fixtures.unit(copenhagen))
				.containsEntry("course_id", annasCourse)
				.containsEntry("recipient_id", anna.id())
				.containsEntry("peer_worker_id", me)
				.containsEntry("kind", "BRIDGE_BUILDING")
				.containsEntry("status", "HELD")
				.containsEntry("duration_minutes", 45)
				.containsEntry("place", "Jobcentret " + tag)
				.containsEntry("chime_hope", true)
				.containsEntry("chime_empowerment", true)
				.containsEntry("chime_connection", false)
				.containsEntry("note", "Gik godt " + tag)
				.containsEntry("created_by", fixtures.userId("peer"));
			assertThat(row.get("occurred_on").toString()).isEqualTo(YESTERDAY.toString());
			assertThat(row.get("starts_at").toString()).startsWith("10:00");
			assertThat(fixtures.audited("peer", "CREATE", "SUCCESS", id)).isEqualTo(1);
			mvc.perform(get("/contacts/{id}", id).flashAttr("created", true).flashAttr("success", "contact.created"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Kontakten er gemt.")))
				.andExpect(content().string(containsString("Registrér en til")))
				.andExpect(content().string(containsString("Gik godt " + tag)))
				.andExpect(content().string(containsString("Jobcentret " + tag)))
				.andExpect(content().string(containsString("Brobygning")))
				.andExpect(content().string(containsString("Håb")));
			assertThat(fixtures.audited("peer", "READ", "SUCCESS", id)).isEqualTo(1);
		}

		@Test
		void aMeetingOnlyPlannedDoesNotCountAsMet() throws Exception {
			PeerLogin login = fixtures.peerLogin(copenhagen, "Pia " + tag);
			Recipient bo = fixtures.recipient(copenhagen, "Bo " + tag);
			long bosCourse = fixtures.course(copenhagen, "INDIVIDUAL", TestClock.today().minusDays(100), null,
					List.of(bo.id()), List.of(login.peerWorkerId()));
			Recipient cy = fixtures.recipient(copenhagen, "Cy " + tag);
			long cysCourse = fixtures.course(copenhagen, "INDIVIDUAL", TestClock.today().minusDays(10), null,
					List.of(cy.id()), List.of(login.peerWorkerId()));
			fixtures.contact(bosCourse, bo.id(), login.peerWorkerId(), login.username(), "INDIVIDUAL_CONVERSATION",
					YESTERDAY, "10:00", 45, null);
			// Cy, in the newer course, has only a meeting planned for next week.
			jdbc.sql(
					"""
							insert into contact (organisation_id, unit_id, course_id, recipient_id, peer_worker_id, kind, status,
							    occurred_on, starts_at, duration_minutes, created_by, updated_by)
							select c.organisation_id, c.unit_id, c.id, ?, ?, 'INDIVIDUAL_CONVERSATION', 'PLANNED',
							    current_date + 7, time '10:00', 30, u.id, u.id
							from course c, staff_user u where c.id = ? and u.username = ?
							""")
				.params(cy.id(), login.peerWorkerId(), cysCourse, login.username())
				.update();
			assertThat(offered(login)).containsExactly(bo.id(), cy.id());
		}

		@Test
		void aTypedDurationWinsOverAQuickPick() throws Exception {
			long id = created(fixtures.quickEntry("peer", anna.id()).param("otherMinutes", "50"));
			assertThat(jdbc.sql("select duration_minutes from contact where id = ?")
				.param(id)
				.query(Integer.class)
				.single()).isEqualTo(50);
		}

		@Test
		@WithUserDetails("koordinator")
		void aCoordinatorChoosesACourseAndThenItsRecipientAndPeerWorker() throws Exception {
			mvc.perform(get("/contacts/new").param("q", tag))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("value=\"" + annasCourse + "\"")))
				.andExpect(content().string(not(containsString("name=\"recipientId\""))));
			MvcResult form = mvc.perform(get("/contacts/new").param("courseId", String.valueOf(annasCourse)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(anna.label())))
				.andExpect(content().string(containsString(peerWorkerName(me))))
				.andReturn();
			long id = created(post("/contacts").with(csrf())
				.param("token", ContactFixtures.tokenOf(form))
				.param("courseId", String.valueOf(annasCourse))
				.param("recipientId", String.valueOf(anna.id()))
				.param("peerWorkerId", String.valueOf(me))
				.param("kind", "PHONE")
				.param("occurredOn", YESTERDAY.toString())
				.param("startsAt", "09:30")
				.param("durationMinutes", "15"));
			assertThat(jdbc.sql("select peer_worker_id, created_by, kind from contact where id = ?")
				.param(id)
				.query((rs, row) -> List.of(rs.getLong(1), rs.getLong(2), rs.getString(3)))
				.single()).containsExactly(me, fixtures.userId("koordinator"), "PHONE");
		}

	}

	@Nested
	class Rules {

		@Test
		void aHeldContactCannotLieInTheFuture() throws Exception {
			refused(fixtures.quickEntry("peer", anna.id(), "occurredOn", TestClock.today().plusDays(1).toString()),
					"occurredOn", "contact.future")
				.andExpect(content().string(containsString("kan ikke ligge ude i fremtiden")));
			assumeThat(LocalTime.now(TestClock.get())).isBefore(LocalTime.of(23, 50));
			refused(fixtures.quickEntry("peer", anna.id(), "occurredOn", TestClock.today().toString(), "startsAt",
					"23:59"), "startsAt", "contact.future");
			assertThat(fixtures.contactsOf(anna.id())).isEmpty();
		}

		@Test
		void theDurationIsOneToSixHundredMinutes() throws Exception {
			refused(fixtures.quickEntry("peer", anna.id()).param("otherMinutes", "0"), "durationMinutes",
					"contact.duration.range");
			refused(fixtures.quickEntry("peer", anna.id()).param("otherMinutes", "601"), "durationMinutes",
					"contact.duration.range")
				.andExpect(content().string(containsString("mellem 1 og 600 minutter")));
			refused(fixtures.quickEntry("peer", anna.id(), "durationMinutes", ""), "durationMinutes",
					"contact.duration.required");
			assertThat(fixtures.contactsOf(anna.id())).isEmpty();
			created(fixtures.quickEntry("peer", anna.id()).param("otherMinutes", "600"));
			created(fixtures.quickEntry("peer", anna.id()).param("otherMinutes", "1"));
		}

		@Test
		void theCourseMustHaveStartedOnTheDay() throws Exception {
			Recipient bo = fixtures.recipient(copenhagen, "Bo " + tag);
			fixtures.course(copenhagen, "INDIVIDUAL", TestClock.today(), null, List.of(bo.id()), List.of(me));
			refused(fixtures.quickEntry("peer", bo.id()), "occurredOn", "contact.course.notStarted");
			assertThat(fixtures.contactsOf(bo.id())).isEmpty();
		}

		@Test
		void afterTheCourseEndedAPeerWorkerIsRefused() throws Exception {
			Recipient bo = fixtures.recipient(copenhagen, "Bo " + tag);
			LocalDate ended = TestClock.today().minusDays(10);
			fixtures.course(copenhagen, "INDIVIDUAL", TestClock.today().minusDays(100), ended, List.of(bo.id()),
					List.of(me));
			refused(fixtures.quickEntry("peer", bo.id()).param("override", "true").param("overrideReason", "Jeg vil"),
					"occurredOn", "contact.course.ended")
				.andExpect(content().string(containsString("Kun en koordinator")));
			assertThat(fixtures.contactsOf(bo.id())).isEmpty();
			// Up to and including the day it ended, the course runs.
			created(fixtures.quickEntry("peer", bo.id(), "occurredOn", ended.toString()));
		}

		@Test
		@WithUserDetails("koordinator")
		void aCoordinatorOverridesTheEndOfACourseWithAReason() throws Exception {
			Recipient bo = fixtures.recipient(copenhagen, "Bo " + tag);
			long course = fixtures.course(copenhagen, "INDIVIDUAL", TestClock.today().minusDays(100),
					TestClock.today().minusDays(10), List.of(bo.id()), List.of(me));
			refused(coordinators(course, bo), "occurredOn", "contact.course.endedOverride");
			refused(coordinators(course, bo).param("override", "true").param("overrideReason", " "), "overrideReason",
					"contact.override.reasonRequired");
			assertThat(fixtures.contactsOf(bo.id())).isEmpty();
			long id = created(coordinators(course, bo).param("override", "true")
				.param("overrideReason", "Afsluttende samtale " + tag));
			assertThat(
					jdbc.sql("select override_reason from contact where id = ?").param(id).query(String.class).single())
				.isEqualTo("Afsluttende samtale " + tag);
			assertThat(jdbc
				.sql("select detail from audit_event where entity_type = 'CONTACT' and entity_id = ? "
						+ "and action = 'CREATE'")
				.param(String.valueOf(id))
				.query(String.class)
				.single()).isEqualTo("KIND=INDIVIDUAL_CONVERSATION;OVERRIDE=COURSE_ENDED");
		}

		@Test
		void theRecipientNeedsAConsentToRegistrationOnTheDay() throws Exception {
			Recipient none = fixtures.recipientWithoutConsent(copenhagen, "None " + tag);
			Recipient withdrawn = fixtures.recipientWithoutConsent(copenhagen, "Withdrawn " + tag);
			fixtures.consent(withdrawn.id(), TestClock.today().minusYears(1), null, TestClock.today().minusDays(5));
			Recipient expired = fixtures.recipientWithoutConsent(copenhagen, "Expired " + tag);
			fixtures.consent(expired.id(), TestClock.today().minusYears(1), TestClock.today().minusDays(5), null);
			Recipient late = fixtures.recipientWithoutConsent(copenhagen, "Late " + tag);
			fixtures.consent(late.id(), TestClock.today(), null, null);
			for (Recipient recipient : List.of(none, withdrawn, expired, late)) {
				fixtures.course(copenhagen, "INDIVIDUAL", TestClock.today().minusDays(60), null,
						List.of(recipient.id()), List.of(me));
				refused(fixtures.quickEntry("peer", recipient.id()), "recipientId", "contact.consent.missing");
				assertThat(fixtures.contactsOf(recipient.id())).isEmpty();
			}
			// Before it was withdrawn, the consent was valid.
			created(fixtures.quickEntry("peer", withdrawn.id(), "occurredOn",
					TestClock.today().minusDays(6).toString()));
		}

		@Test
		void everythingTypedIsKeptNextToTheMessages() throws Exception {
			refused(fixtures.quickEntry("peer", anna.id(), "occurredOn", TestClock.today().plusDays(3).toString())
				.param("otherMinutes", "700")
				.param("place", "Cafeen " + tag)
				.param("themes", "MEANING")
				.param("note", "Min note " + tag), "occurredOn", "contact.future")
				.andExpect(
						model().attributeHasFieldErrorCode("contactForm", "durationMinutes", "contact.duration.range"))
				.andExpect(content()
					.string(containsString("value=\"" + DateFields.danish(TestClock.today().plusDays(3)) + "\"")))
				.andExpect(content().string(containsString("value=\"700\"")))
				.andExpect(content().string(containsString("value=\"Cafeen " + tag + "\"")))
				.andExpect(content().string(containsString("Min note " + tag)))
				.andExpect(content().string(containsString("name=\"themes\" checked=\"checked\"")))
				.andExpect(content().string(containsString("id=\"occurredOn-error\"")))
				.andExpect(content().string(containsString("id=\"duration-error\"")));
		}

		@Test
		@WithUserDetails("koordinator")
		void aCoordinatorChoosesARecipientAndPeerWorkerOfTheCourse() throws Exception {
			Recipient bo = fixtures.recipient(copenhagen, "Bo " + tag);
			long other = fixtures.peerWorker(copenhagen, "Other " + tag);
			refused(coordinators(annasCourse, bo, other), "recipientId", "contact.recipient.notInCourse")
				.andExpect(model().attributeHasFieldErrorCode("contactForm", "peerWorkerId",
						"contact.peerWorker.notInCourse"));
			assertThat(fixtures.contactsOf(bo.id())).isEmpty();
		}

		private MockHttpServletRequestBuilder coordinators(long course, Recipient recipient) {
			return coordinators(course, recipient, me);
		}

		private MockHttpServletRequestBuilder coordinators(long course, Recipient recipient, long peerWorker) {
			return fixtures.quickEntry("koordinator", recipient.id(), "courseId", String.valueOf(course),
					"peerWorkerId", String.valueOf(peerWorker));
		}

	}

	@Nested
	class CprNumbers {

		@Test
		void aNoteThatLooksLikeItHoldsACprNumberComesBackWithAWarningAndEveryValueUntilConfirmed() throws Exception {
			// Full-width digits and a non-breaking hyphen, as pasted from another
			// document.
			String note = "Talte om " + tag + " ０１０１９０\u20111234";
			mvc.perform(fixtures.quickEntry("peer", anna.id(), "note", note, "place", "Cafe " + tag))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("contactForm", "note", "form.cprLike"))
				.andExpect(content().string(containsString("Det ligner et CPR-nummer.")))
				.andExpect(content().string(containsString(note + "</textarea>")))
				.andExpect(content().string(containsString("value=\"Cafe " + tag + "\"")))
				.andExpect(content().string(containsString("name=\"cprConfirmed\"")));
			assertThat(fixtures.contactsOf(anna.id())).isEmpty();
			// A place written like one is warned of too.
			refused(fixtures.quickEntry("peer", anna.id(), "place", "Vej 01.01.90-1234"), "place", "form.cprLike");
			assertThat(fixtures.contactsOf(anna.id())).isEmpty();
			long id = created(fixtures.quickEntry("peer", anna.id(), "note", note, "cprConfirmed", "true"));
			assertThat(jdbc.sql("select note from contact where id = ?").param(id).query(String.class).single())
				.isEqualTo(note);
		}

		@Test
		void aNoteWithoutOneHasNoBoxToTick() throws Exception {
			mvc.perform(fixtures.quickEntry("peer", anna.id(), "note", "Tlf. 12345678", "durationMinutes", ""))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("contactForm", "durationMinutes"))
				.andExpect(content().string(not(containsString("name=\"cprConfirmed\""))));
		}

	}

	/**
	 * On a phone the whole caseload as cards put the save button four screens down: the
	 * form offers the recipients met last, finds the rest by searching (on the server
	 * too, for a browser without script) and starts from what the user usually records.
	 */
	@Nested
	class OnePhoneScreen {

		PeerLogin login;

		List<Recipient> caseload = new ArrayList<>();

		@BeforeEach
		void aPeerWorkerWithSevenRecipients() {
			login = fixtures.peerLogin(copenhagen, "Pia " + tag);
			for (int i = 0; i < 7; i++) {
				Recipient recipient = fixtures.recipient(copenhagen, "Case" + i + " " + tag);
				long course = fixtures.course(copenhagen, "INDIVIDUAL", TestClock.today().minusDays(100 + i), null,
						List.of(recipient.id()), List.of(login.peerWorkerId()));
				// Met one day apart, the first most recently; the last never.
				if (i < 6) {
					fixtures.contact(course, recipient.id(), login.peerWorkerId(), login.username(), "PHONE",
							TestClock.today().minusDays(1 + i), "10:00", 60, null);
				}
				caseload.add(recipient);
			}
		}

		@Test
		void offersTheFiveRecipientsMetLastAndASearchForTheRest() throws Exception {
			String page = mvc.perform(get("/contacts/new").with(fixtures.as(login.username())))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(radios(page, "recipientId")).containsExactly(caseload.get(0).id(), caseload.get(1).id(),
					caseload.get(2).id(), caseload.get(3).id(), caseload.get(4).id());
			assertThat(page).doesNotContain(caseload.get(5).label(), caseload.get(6).label())
				.contains("id=\"recipient-search-q\"", "sticky-actions");
			AuditEntry listed = newest(login.username(), "RECIPIENT");
			assertThat(listed.criteria()).contains("\"recent\": 5");
			assertThat(shownRecipients(listed.id()))
				.containsExactlyInAnyOrderElementsOf(caseload.subList(0, 5).stream().map(Recipient::id).toList());
		}

		@Test
		void theSearchWithoutScriptFindsTheRestOfTheCaseloadOnlyAndIsAudited() throws Exception {
			Recipient stranger = fixtures.recipient(copenhagen, "Case9 " + tag);
			fixtures.course(copenhagen, "INDIVIDUAL", TestClock.today().minusDays(60), null, List.of(stranger.id()),
					List.of(me));
			String page = mvc
				.perform(get("/contacts/new").param("q", "Case6 " + tag).with(fixtures.as(login.username())))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(radios(page, "recipientId")).contains(caseload.get(6).id()).doesNotContain(stranger.id());
			page = mvc.perform(get("/contacts/new").param("q", tag).with(fixtures.as(login.username())))
				.andReturn()
				.getResponse()
				.getContentAsString();
			// The five recent ones, then what the search found besides them; never
			// another's.
			assertThat(radios(page, "recipientId"))
				.containsExactlyInAnyOrderElementsOf(caseload.stream().map(Recipient::id).toList());
			assertThat(page).doesNotContain(stranger.label());
			AuditEntry search = newest(login.username(), "RECIPIENT");
			assertThat(search.criteria()).isEqualTo("{\"q\": \"" + tag + "\", \"consent\": \"REGISTRATION\"}");
			assertThat(search.detail()).isEqualTo("RESULTS=7;VIA=CONTACT_FORM");
			assertThat(shownRecipients(search.id()))
				.containsExactlyInAnyOrderElementsOf(caseload.stream().map(Recipient::id).toList());
		}

		@Test
		void aRecipientChosenFromTheSearchStaysOfferedWhenTheFormComesBack() throws Exception {
			Recipient neverMet = caseload.get(6);
			mvc.perform(fixtures.quickEntry(login.username(), neverMet.id(), "durationMinutes", "")
				.with(fixtures.as(login.username())))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("contactForm", "durationMinutes"))
				.andExpect(content().string(containsString(neverMet.label())));
		}

		@Test
		void theFormStartsFromTheKindAndDurationTheUserUsuallyRecords() throws Exception {
			// Six phone calls of 60 minutes; the last thing recorded was a walk of 30.
			fixtures.contact(
					jdbc.sql("select course_id from course_recipient where recipient_id = ?")
						.param(caseload.get(6).id())
						.query(Long.class)
						.single(),
					caseload.get(6).id(), login.peerWorkerId(), login.username(), "ACTIVITY_TOGETHER",
					TestClock.today().minusDays(20), "10:00", 30, null);
			String page = mvc.perform(get("/contacts/new").with(fixtures.as(login.username())))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(checked(page, "kind")).isEqualTo("ACTIVITY_TOGETHER");
			assertThat(checked(page, "durationMinutes")).isEqualTo("60");
			assertThat(page).contains("value=\"" + DateFields.danish(TestClock.today()) + "\"");
		}

		@Test
		void theFormSuggestsThePlacesWrittenLatelyNewestFirstAndEachOnce() throws Exception {
			// The six contacts, newest first, were written at these places.
			List<String> places = List.of("Café", "Biblioteket", "Café", "Parken", "Hjemme", "Parken");
			List<Long> newestFirst = jdbc.sql(
					"select id from contact where created_by = (select id from staff_user where username = ?) order by occurred_on desc")
				.param(login.username())
				.query(Long.class)
				.list();
			for (int i = 0; i < newestFirst.size(); i++) {
				jdbc.sql("update contact set place = ?, created_at = now() - make_interval(mins => ?) where id = ?")
					.params(places.get(i) + " " + tag, i, newestFirst.get(i))
					.update();
			}
			String page = mvc.perform(get("/contacts/new").with(fixtures.as(login.username())))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(Pattern.compile("<option value=\"([^\"]*) " + tag + "\"")
				.matcher(page)
				.results()
				.map((m) -> m.group(1))).containsExactly("Café", "Biblioteket", "Parken", "Hjemme");
		}

		@Test
		void aNewPeerWorkerStartsFromAConversationOfHalfAnHour() throws Exception {
			PeerLogin newcomer = fixtures.peerLogin(copenhagen, "Ny " + tag);
			String page = mvc.perform(get("/contacts/new").with(fixtures.as(newcomer.username())))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(checked(page, "kind")).isEqualTo("INDIVIDUAL_CONVERSATION");
			assertThat(checked(page, "durationMinutes")).isEqualTo("30");
		}

	}

	@Nested
	class Scope {

		@Test
		void aRecipientOutsideThePeerWorkersCaseloadIsNotFoundAndNothingIsSaved() throws Exception {
			Recipient stranger = fixtures.recipient(copenhagen, "Stranger " + tag);
			fixtures.course(copenhagen, "INDIVIDUAL", TestClock.today().minusDays(60), null, List.of(stranger.id()),
					List.of(fixtures.peerWorker(copenhagen, "Someone " + tag)));
			int deniedBefore = fixtures.audited("peer", "CREATE", "DENIED", null);
			mvc.perform(fixtures.quickEntry("peer", stranger.id())).andExpect(status().isNotFound());
			// Also when the form has other mistakes.
			mvc.perform(fixtures.quickEntry("peer", stranger.id(), "durationMinutes", ""))
				.andExpect(status().isNotFound());
			assertThat(fixtures.contactsOf(stranger.id())).isEmpty();
			assertThat(fixtures.audited("peer", "CREATE", "DENIED", null)).isEqualTo(deniedBefore + 2);
		}

		@Test
		@WithUserDetails("koordinator.aarhus")
		void anotherOrganisationsCourseIsNotFound() throws Exception {
			mvc.perform(get("/contacts/new").param("courseId", String.valueOf(annasCourse)))
				.andExpect(status().isNotFound());
			mvc.perform(fixtures.quickEntry("koordinator.aarhus", anna.id(), "courseId", String.valueOf(annasCourse),
					"peerWorkerId", String.valueOf(me)))
				.andExpect(status().isNotFound());
			assertThat(fixtures.contactsOf(anna.id())).isEmpty();
		}

		@Test
		@WithUserDetails("leder")
		void managersCannotLogContacts() throws Exception {
			mvc.perform(get("/contacts/new")).andExpect(status().isForbidden());
			mvc.perform(fixtures.quickEntry("leder", anna.id())).andExpect(status().isForbidden());
			mvc.perform(get("/contacts")).andExpect(status().isForbidden());
			assertThat(fixtures.contactsOf(anna.id())).isEmpty();
		}

	}

	/** The recipients a peer worker's quick entry offers, in order. */
	private List<Long> offered(PeerLogin login) throws Exception {
		return radios(mvc.perform(get("/contacts/new").with(fixtures.as(login.username())))
			.andReturn()
			.getResponse()
			.getContentAsString(), "recipientId");
	}

	/** The values of a page's radio buttons with the name, in order. */
	private static List<Long> radios(String page, String name) {
		return Jsoup.parse(page)
			.select("#contact-form [data-choices] input[type=radio][name=" + name + "]")
			.stream()
			.map((radio) -> Long.valueOf(radio.attr("value")))
			.toList();
	}

	/** The value of the checked radio button with the name. */
	private static @Nullable String checked(String page, String name) {
		Element radio = Jsoup.parse(page).selectFirst("input[type=radio][name=" + name + "][checked]");
		return (radio != null) ? radio.attr("value") : null;
	}

	private AuditEntry newest(String username, String entityType) {
		return jdbc.sql("""
				select id, criteria::text as criteria, detail from audit_event
				where actor_username = ? and action = 'SEARCH' and entity_type = ? order by id desc limit 1
				""").params(username, entityType).query(AuditEntry.class).single();
	}

	private List<Long> shownRecipients(long auditId) {
		return jdbc.sql("""
				select (jsonb_array_elements_text(shown -> 'RECIPIENT'))::bigint from audit_event where id = ?
				""").param(auditId).query(Long.class).list();
	}

	/** A search as the access log keeps it. */
	record AuditEntry(long id, String criteria, String detail) {
	}

	/**
	 * The name of a peer worker: tests elsewhere may link the demo login to another one.
	 */
	private String peerWorkerName(long peerWorkerId) {
		return jdbc.sql("select full_name from peer_worker where id = ?")
			.param(peerWorkerId)
			.query(String.class)
			.single();
	}

	private long created(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(request)
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/contacts/*"))
			.andExpect(flash().attribute("success", "contact.created"))
			.andReturn();
		String url = result.getResponse().getRedirectedUrl();
		return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
	}

	private ResultActions refused(MockHttpServletRequestBuilder request, String field, String code) throws Exception {
		return mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("contactForm", field, code));
	}

}
