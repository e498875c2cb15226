package dk.peerstoette.contact;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.peerstoette.DateFields;
import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
import dk.peerstoette.TestProgramme.Recipient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static dk.peerstoette.contact.ContactFixtures.YESTERDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Planned meetings: planned ahead, marked held (the same row becomes the contact) or not
 * held with a reason, and the due ones on the start page; scoped like every contact.
 */
@IntegrationTest
@WithUserDetails("peer")
class PlannedMeetingWebTest {

	static final LocalDate TODAY = TestClock.today();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	ContactFixtures fixtures;

	MeetingFixtures meetings;

	String tag;

	long copenhagen;

	long me;

	Recipient anna;

	long annasCourse;

	@BeforeEach
	void aRecipientInThePeerWorkersCaseload() {
		this.fixtures = new ContactFixtures(this.jdbc, this.users);
		this.meetings = new MeetingFixtures(this.jdbc, this.fixtures);
		this.tag = ContactFixtures.tag();
		this.copenhagen = this.fixtures.organisation(ContactFixtures.COPENHAGEN);
		this.me = this.fixtures.peerWorkerOfUser("peer", this.copenhagen);
		this.anna = this.fixtures.recipient(this.copenhagen, "Anna " + this.tag);
		this.annasCourse = this.fixtures.course(this.copenhagen, "INDIVIDUAL", TODAY.minusDays(60), null,
				List.of(this.anna.id()), List.of(this.me));
	}

	/** Plans a meeting with Anna through the form and returns its id. */
	long planned(LocalDate day) throws Exception {
		MvcResult result = this.mvc
			.perform(this.fixtures.quickEntryTo("/contacts/planned", "peer", this.anna.id(), "occurredOn",
					day.toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/contacts/*"))
			.andExpect(flash().attribute("success", "contact.planned.created"))
			.andReturn();
		return MeetingFixtures.idOf(result.getResponse().getRedirectedUrl());
	}

	List<Map<String, Object>> history(long id) {
		return this.jdbc.sql("select field, old_value, new_value from contact_change where contact_id = ? order by id")
			.param(id)
			.query()
			.listOfRows();
	}

	@Nested
	class Plan {

		@Test
		void aPeerWorkerPlansAMeetingAheadAndItShowsAsPlanned() throws Exception {
			mvc.perform(get("/contacts/planned/new").param("q", anna.alias()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(anna.label())))
				.andExpect(content().string(containsString("action=\"/contacts/planned\"")));
			long id = planned(TODAY.plusDays(3));
			assertThat(meetings.row(id)).containsEntry("status", "PLANNED")
				.containsEntry("recipient_id", anna.id())
				.containsEntry("course_id", annasCourse)
				.containsEntry("peer_worker_id", me)
				.containsEntry("duration_minutes", 45);
			assertThat(meetings.row(id).get("occurred_on").toString()).isEqualTo(TODAY.plusDays(3).toString());
			assertThat(jdbc
				.sql("select detail from audit_event where entity_type = 'CONTACT' and action = 'CREATE' "
						+ "and entity_id = ?")
				.param(String.valueOf(id))
				.query(String.class)
				.single()).isEqualTo("KIND=INDIVIDUAL_CONVERSATION;STATUS=PLANNED");
			mvc.perform(get("/contacts/{id}", id))
				.andExpect(content().string(containsString("Planlagt")))
				.andExpect(content().string(containsString("href=\"/contacts/planned/" + id + "/held\"")))
				.andExpect(content().string(containsString("href=\"/contacts/planned/" + id + "/not-held\"")));
			// A plan counts no time.
			mvc.perform(get("/contacts").param("recipient", anna.number()))
				.andExpect(model().attribute("totals", new ContactTotals(1, 0)));
		}

		@Test
		void aPlanFollowsTheRulesOfTheQuickEntryButTheFuture() throws Exception {
			mvc.perform(fixtures.quickEntryTo("/contacts/planned", "peer", anna.id(), "occurredOn",
					TODAY.plusDays(1).toString(), "otherMinutes", "700"))
				.andExpect(status().isOk())
				.andExpect(
						model().attributeHasFieldErrorCode("contactForm", "durationMinutes", "contact.duration.range"))
				.andExpect(content().string(not(containsString("kan ikke ligge ude i fremtiden"))));
			assertThat(fixtures.contactsOf(anna.id())).isEmpty();
		}

	}

	@Nested
	class MarkHeld {

		@Test
		void markingAPlanHeldMakesTheSameRowTheContactWithTheValuesEntered() throws Exception {
			long id = planned(YESTERDAY);
			MvcResult form = mvc.perform(get("/contacts/planned/{id}/held", id))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(anna.label())))
				.andExpect(content().string(containsString("value=\"" + DateFields.danish(YESTERDAY) + "\"")))
				.andExpect(content().string(containsString("value=\"10:00\"")))
				.andReturn();
			String token = ContactFixtures.tokenOf(form);
			mvc.perform(post("/contacts/planned/{id}/held", id).with(csrf())
				.param("token", token)
				.param("version", "0")
				.param("kind", "ACTIVITY_TOGETHER")
				.param("occurredOn", YESTERDAY.toString())
				.param("startsAt", "10:30")
				.param("durationMinutes", "90")
				.param("themes", "HOPE")
				.param("note", "Gik en tur " + tag))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/contacts/" + id))
				.andExpect(flash().attribute("success", "contact.planned.held"));
			assertThat(fixtures.contactsOf(anna.id())).containsExactly(id);
			Map<String, Object> row = meetings.row(id);
			assertThat(row).containsEntry("status", "HELD")
				.containsEntry("kind", "ACTIVITY_TOGETHER")
				.containsEntry("duration_minutes", 90)
				.containsEntry("chime_hope", true)
				.containsEntry("note", "Gik en tur " + tag)
				.containsEntry("not_held_reason", null);
			assertThat(row.get("starts_at").toString()).startsWith("10:30");
			assertThat(history(id)).extracting("field", "old_value", "new_value")
				.contains(tuple("status", "PLANNED", "HELD"), tuple("durationMinutes", "45", "90"));
			assertThat(jdbc
				.sql("select detail from audit_event where entity_type = 'CONTACT' and action = 'UPDATE' "
						+ "and entity_id = ?")
				.param(String.valueOf(id))
				.query(String.class)
				.single()).startsWith("STATUS=HELD;FIELDS=status,kind,startsAt,durationMinutes");
			mvc.perform(get("/contacts").param("recipient", anna.number()))
				.andExpect(model().attribute("totals", new ContactTotals(1, 90)));
			mvc.perform(get("/contacts/{id}", id))
				.andExpect(content().string(containsString("Afholdt")))
				.andExpect(content().string(not(containsString("id=\"plan-actions\""))));
			// Marked once, it is not marked again.
			mvc.perform(get("/contacts/planned/{id}/held", id))
				.andExpect(redirectedUrl("/contacts/" + id))
				.andExpect(flash().attribute("success", "contact.planned.alreadyMarked"));
		}

		@Test
		void aPlanMarkedHeldIsNeitherHeldAgainNorMarkedNotHeld() throws Exception {
			long id = planned(YESTERDAY);
			mvc.perform(markHeld(id, "60").param("version", "0"))
				.andExpect(flash().attribute("success", "contact.planned.held"));
			mvc.perform(markHeld(id, "30").param("version", "1"))
				.andExpect(redirectedUrl("/contacts/" + id))
				.andExpect(flash().attribute("success", "contact.planned.alreadyMarked"));
			mvc.perform(markNotHeld(id, "OTHER").param("version", "1"))
				.andExpect(redirectedUrl("/contacts/" + id))
				.andExpect(flash().attribute("success", "contact.planned.alreadyMarked"));
			assertThat(meetings.row(id)).containsEntry("status", "HELD")
				.containsEntry("duration_minutes", 60)
				.containsEntry("not_held_reason", null);
			assertThat(history(id)).extracting("field").containsOnlyOnce("status");
		}

		@Test
		void aPlanAheadCannotBeMarkedHeldYet() throws Exception {
			long id = planned(TODAY.plusDays(2));
			mvc.perform(post("/contacts/planned/{id}/held", id).with(csrf())
				.param("token", fixtures.token("peer"))
				.param("version", "0")
				.param("kind", "INDIVIDUAL_CONVERSATION")
				.param("occurredOn", TODAY.plusDays(2).toString())
				.param("startsAt", "10:00")
				.param("durationMinutes", "45"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("contactForm", "occurredOn", "contact.future"));
			assertThat(meetings.row(id)).containsEntry("status", "PLANNED");
		}

		@Test
		void aPlanMarkedNotHeldKeepsTheReason() throws Exception {
			long id = planned(YESTERDAY);
			MvcResult page = mvc.perform(get("/contacts/planned/{id}/not-held", id))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Modtageren kom ikke")))
				.andReturn();
			mvc.perform(post("/contacts/planned/{id}/not-held", id).with(csrf())
				.param("token", ContactFixtures.tokenOf(page))
				.param("version", "0"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("notHeldForm", "reason", "NotNull"));
			mvc.perform(post("/contacts/planned/{id}/not-held", id).with(csrf())
				.param("token", ContactFixtures.tokenOf(page))
				.param("version", "0")
				.param("reason", "RECIPIENT_DID_NOT_COME"))
				.andExpect(redirectedUrl("/contacts/" + id))
				.andExpect(flash().attribute("success", "contact.planned.notHeld"));
			assertThat(meetings.row(id)).containsEntry("status", "NOT_HELD")
				.containsEntry("not_held_reason", "RECIPIENT_DID_NOT_COME");
			assertThat(history(id)).extracting("field", "old_value", "new_value")
				.containsExactly(tuple("status", "PLANNED", "NOT_HELD"),
						tuple("notHeldReason", null, "RECIPIENT_DID_NOT_COME"));
			assertThat(fixtures.audited("peer", "UPDATE", "SUCCESS", id)).isEqualTo(1);
			mvc.perform(get("/contacts/{id}", id))
				.andExpect(content().string(containsString("Ikke afholdt")))
				.andExpect(content().string(containsString("id=\"not-held-reason\"")))
				.andExpect(content().string(containsString("Modtageren kom ikke")));
			// A second form, sent after the first, changes nothing.
			mvc.perform(markNotHeld(id, "OTHER").param("version", "1"))
				.andExpect(redirectedUrl("/contacts/" + id))
				.andExpect(flash().attribute("success", "contact.planned.alreadyMarked"));
			assertThat(meetings.row(id)).containsEntry("not_held_reason", "RECIPIENT_DID_NOT_COME");
		}

	}

	/** The form for marking a plan held yesterday, with a fresh token. */
	private MockHttpServletRequestBuilder markHeld(long id, String durationMinutes) {
		return post("/contacts/planned/{id}/held", id).with(csrf())
			.param("token", fixtures.token("peer"))
			.param("kind", "INDIVIDUAL_CONVERSATION")
			.param("occurredOn", YESTERDAY.toString())
			.param("startsAt", "10:00")
			.param("durationMinutes", durationMinutes);
	}

	/** The form for marking a plan not held, with a fresh token. */
	private MockHttpServletRequestBuilder markNotHeld(long id, String reason) {
		return post("/contacts/planned/{id}/not-held", id).with(csrf())
			.param("token", fixtures.token("peer"))
			.param("reason", reason);
	}

	@Nested
	class StartPage {

		@Test
		void theStartPageShowsTodaysAndOverduePlansOfTheUserOnly() throws Exception {
			long today = meetings.planned(annasCourse, anna.id(), me, "peer", TODAY, "23:30");
			long overdue = meetings.planned(annasCourse, anna.id(), me, "peer", TODAY.minusDays(3), "09:00");
			long ahead = meetings.planned(annasCourse, anna.id(), me, "peer", TODAY.plusDays(1), "09:00");
			long held = fixtures.contact(annasCourse, anna.id(), me, "peer", "PHONE", TODAY.minusDays(1), "09:00", 30,
					null);
			long olga = fixtures.peerWorker(copenhagen, "Olga " + tag);
			Recipient bo = fixtures.recipient(copenhagen, "Bo " + tag);
			long bosCourse = fixtures.course(copenhagen, "INDIVIDUAL", TODAY.minusDays(60), null, List.of(bo.id()),
					List.of(olga));
			long othersByCoordinator = meetings.planned(bosCourse, bo.id(), olga, "koordinator", TODAY, "12:00");
			int searches = fixtures.audited("peer", "SEARCH", "SUCCESS", null);
			String page = mvc.perform(get("/"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Planlagte møder")))
				.andExpect(content().string(containsString("id=\"due-" + today + "\"")))
				.andExpect(content().string(containsString("id=\"due-" + overdue + "\"")))
				.andExpect(content().string(containsString("href=\"/contacts/planned/" + today + "/held\"")))
				.andExpect(content().string(containsString("href=\"/contacts/planned/" + overdue + "/not-held\"")))
				.andExpect(content().string(not(containsString("id=\"due-" + ahead + "\""))))
				.andExpect(content().string(not(containsString("id=\"due-" + held + "\""))))
				.andExpect(content().string(not(containsString("id=\"due-" + othersByCoordinator + "\""))))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page.indexOf("id=\"due-" + overdue + "\"")).isLessThan(page.indexOf("id=\"due-" + today + "\""));
			String overdueItem = page.substring(page.indexOf("id=\"due-" + overdue + "\""));
			assertThat(overdueItem.substring(0, overdueItem.indexOf("</li>"))).contains("Venter på svar")
				.contains("med " + anna.label());
			assertThat(fixtures.audited("peer", "SEARCH", "SUCCESS", null)).isEqualTo(searches + 1);
			// A coordinator sees the plans they made, not the peer workers' own.
			mvc.perform(get("/").with(fixtures.as("koordinator")))
				.andExpect(content().string(containsString("id=\"due-" + othersByCoordinator + "\"")))
				.andExpect(content().string(containsString("Olga " + tag)))
				.andExpect(content().string(not(containsString("id=\"due-" + today + "\""))));
			// The peer worker who is to hold it sees it too, and may mark it.
			long forMe = meetings.planned(annasCourse, anna.id(), me, "koordinator", TODAY, "08:00");
			mvc.perform(get("/")).andExpect(content().string(containsString("id=\"due-" + forMe + "\"")));
			mvc.perform(get("/contacts/planned/{id}/not-held", forMe)).andExpect(status().isOk());
		}

		@Test
		@WithUserDetails("leder")
		void aManagerHasNoPlannedMeetings() throws Exception {
			mvc.perform(get("/"))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Planlagte møder"))));
		}

	}

	@Nested
	class Scope {

		@Test
		@WithUserDetails("peer.aarhus")
		void aPeerWorkerOfAnotherOrganisationGets404AndNothingIsSaved() throws Exception {
			long plan = meetings.planned(annasCourse, anna.id(), me, "peer", YESTERDAY, "10:00");
			mvc.perform(get("/contacts/planned/{id}/held", plan)).andExpect(status().isNotFound());
			mvc.perform(post("/contacts/planned/{id}/held", plan).with(csrf())
				.param("token", fixtures.token("peer.aarhus"))
				.param("version", "0")
				.param("kind", "PHONE")
				.param("occurredOn", YESTERDAY.toString())
				.param("startsAt", "10:00")
				.param("durationMinutes", "15")).andExpect(status().isNotFound());
			mvc.perform(post("/contacts/planned/{id}/not-held", plan).with(csrf())
				.param("token", fixtures.token("peer.aarhus"))
				.param("version", "0")
				.param("reason", "OTHER")).andExpect(status().isNotFound());
			assertThat(meetings.row(plan)).containsEntry("status", "PLANNED")
				.containsEntry("kind", "INDIVIDUAL_CONVERSATION");
			assertThat(fixtures.audited("peer.aarhus", "UPDATE", "DENIED", plan)).isEqualTo(3);
			mvc.perform(fixtures.quickEntryTo("/contacts/planned", "peer.aarhus", anna.id(), "occurredOn",
					TODAY.plusDays(1).toString()))
				.andExpect(status().isNotFound());
			assertThat(fixtures.contactsOf(anna.id())).containsExactly(plan);
		}

		@Test
		void aColleagueWhoMayReadThePlanMayNotMarkIt() throws Exception {
			long olga = fixtures.peerWorker(copenhagen, "Olga " + tag);
			jdbc.sql("insert into course_peer (course_id, peer_worker_id) values (?, ?)")
				.params(annasCourse, olga)
				.update();
			long olgasPlan = meetings.planned(annasCourse, anna.id(), olga, "koordinator", YESTERDAY, "10:00");
			mvc.perform(get("/contacts/{id}", olgasPlan))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("id=\"plan-actions\""))));
			mvc.perform(get("/contacts/planned/{id}/held", olgasPlan)).andExpect(status().isForbidden());
			assertThat(meetings.row(olgasPlan)).containsEntry("status", "PLANNED");
		}

	}

}
