package dk.peerstoette.contact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
import dk.peerstoette.TestProgramme.Recipient;

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
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Group meetings: the whole group's attendance in one submit, stored all together or not
 * at all, each rule with its message, the one-time token and the scope.
 */
@IntegrationTest
class GroupMeetingWebTest {

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

	long olga;

	Recipient anna;

	Recipient bo;

	Recipient carl;

	long group;

	@BeforeEach
	void aGroupOfThreeRunByTwoPeerWorkers() {
		this.fixtures = new ContactFixtures(this.jdbc, this.users);
		this.meetings = new MeetingFixtures(this.jdbc, this.fixtures);
		this.tag = ContactFixtures.tag();
		this.copenhagen = this.fixtures.organisation(ContactFixtures.COPENHAGEN);
		this.me = this.fixtures.peerWorkerOfUser("peer", this.copenhagen);
		this.olga = this.fixtures.peerWorker(this.copenhagen, "Olga " + this.tag);
		this.anna = this.fixtures.recipient(this.copenhagen, "Anna " + this.tag);
		this.bo = this.fixtures.recipient(this.copenhagen, "Bo " + this.tag);
		this.carl = this.fixtures.recipient(this.copenhagen, "Carl " + this.tag);
		this.group = this.fixtures.course(this.copenhagen, "GROUP", TestClock.today().minusDays(60), null,
				List.of(this.anna.id(), this.bo.id(), this.carl.id()), List.of(this.me, this.olga));
	}

	Map<Long, String> attendance(String annas, String bos, String carls) {
		Map<Long, String> values = new LinkedHashMap<>();
		values.put(this.anna.id(), annas);
		values.put(this.bo.id(), bos);
		values.put(this.carl.id(), carls);
		return values;
	}

	long created(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request)
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/contacts/*"))
			.andExpect(flash().attribute("success", "contact.group.created"))
			.andReturn();
		return MeetingFixtures.idOf(result.getResponse().getRedirectedUrl());
	}

	List<Map<String, Object>> attendanceOf(long contactId) {
		return this.jdbc
			.sql("select recipient_id, attendance from contact_attendance where contact_id = ? "
					+ "order by recipient_id")
			.param(contactId)
			.query()
			.listOfRows();
	}

	List<Map<String, Object>> facilitatorsOf(long contactId) {
		return this.jdbc
			.sql("select peer_worker_id, colleague_name from contact_facilitator where contact_id = ? " + "order by id")
			.param(contactId)
			.query()
			.listOfRows();
	}

	@Nested
	@WithUserDetails("koordinator")
	class Create {

		@Test
		void theCoursePageAndTheChoiceOfCourseLeadToTheForm() throws Exception {
			mvc.perform(get("/courses/{id}", group))
				.andExpect(content().string(containsString("/contacts/group/new?courseId=" + group + "\"")));
			long individual = fixtures.course(copenhagen, "INDIVIDUAL", TestClock.today().minusDays(10), null,
					List.of(anna.id()), List.of(me));
			// The group courses, found by a member's alias; never an individual course.
			mvc.perform(get("/contacts/group/new").param("q", anna.alias()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("name=\"courseId\" value=\"" + group + "\"")))
				.andExpect(content().string(not(containsString("name=\"courseId\" value=\"" + individual + "\""))));
		}

		@Test
		void aCoordinatorRecordsTheWholeGroupInOneSubmit() throws Exception {
			mvc.perform(get("/contacts/group/new").param("courseId", String.valueOf(group)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(anna.label())))
				.andExpect(content().string(containsString(bo.label())))
				.andExpect(content().string(containsString(carl.label())))
				.andExpect(content().string(containsString("name=\"attendance[" + bo.id() + "]\"")))
				.andExpect(content().string(containsString("Meldte afbud")))
				.andExpect(content().string(containsString("Olga " + tag)));
			long id = created(meetings
				.groupMeeting("koordinator", group, List.of(me, olga), attendance("PRESENT", "ABSENT", "CANCELLED"))
				.param("colleagues", "Ergoterapeut Lise " + tag + "\n\n")
				.param("themes", "CONNECTION")
				.param("note", "God stemning " + tag));
			Map<String, Object> row = meetings.row(id);
			assertThat(row).containsEntry("kind", "GROUP_MEETING")
				.containsEntry("status", "HELD")
				.containsEntry("course_id", group)
				.containsEntry("recipient_id", null)
				.containsEntry("organisation_id", copenhagen)
				.containsEntry("peer_worker_id", me)
				.containsEntry("duration_minutes", 90)
				.containsEntry("chime_connection", true)
				.containsEntry("note", "God stemning " + tag);
			assertThat(attendanceOf(id)).containsExactly(Map.of("recipient_id", anna.id(), "attendance", "PRESENT"),
					Map.of("recipient_id", bo.id(), "attendance", "ABSENT"),
					Map.of("recipient_id", carl.id(), "attendance", "CANCELLED"));
			assertThat(facilitatorsOf(id)).extracting((f) -> f.get("peer_worker_id"), (f) -> f.get("colleague_name"))
				.containsExactly(tuple(olga, null), tuple(null, "Ergoterapeut Lise " + tag));
			assertThat(jdbc
				.sql("select detail from audit_event where entity_type = 'CONTACT' and action = 'CREATE' "
						+ "and entity_id = ?")
				.param(String.valueOf(id))
				.query(String.class)
				.single()).isEqualTo("KIND=GROUP_MEETING;PRESENT=1;ABSENT=1;CANCELLED=1;FACILITATORS=2;COLLEAGUES=1");
			mvc.perform(get("/contacts/{id}", id))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Gruppemøde")))
				.andExpect(content().string(containsString("id=\"attendance\"")))
				.andExpect(content().string(containsString("Udeblev")))
				.andExpect(content().string(containsString("Olga " + tag)))
				.andExpect(content().string(containsString("Ergoterapeut Lise " + tag)))
				.andExpect(content().string(containsString("href=\"/recipients/" + carl.id() + "\"")));
			// The group is found by a member's number, and the meeting counts in each
			// facilitator's time.
			mvc.perform(get("/contacts").param("recipient", bo.number()))
				.andExpect(model().attribute("totals", new ContactTotals(1, 90)));
			mvc.perform(get("/contacts").param("peerWorker", String.valueOf(olga)))
				.andExpect(model().attribute("totals", new ContactTotals(1, 90)));
		}

		@Test
		@WithUserDetails("peer")
		void aPeerWorkerRecordsAMeetingOfAGroupTheyRunAndHoldsIt() throws Exception {
			mvc.perform(get("/contacts/group/new").param("q", anna.alias()))
				.andExpect(content().string(containsString("name=\"courseId\" value=\"" + group + "\"")));
			long id = created(meetings.groupMeeting("peer", group, List.of(olga, me),
					attendance("PRESENT", "PRESENT", "PRESENT")));
			assertThat(meetings.row(id)).containsEntry("peer_worker_id", me)
				.containsEntry("created_by", fixtures.userId("peer"));
			assertThat(facilitatorsOf(id)).extracting((f) -> f.get("peer_worker_id")).containsExactly(olga);
			mvc.perform(get("/contacts/week").param("date", YESTERDAY.toString()))
				.andExpect(content().string(containsString("href=\"/contacts/" + id + "\"")));
		}

	}

	@Nested
	@WithUserDetails("koordinator")
	class Rules {

		@Test
		void aMemberWithoutAnAttendanceIsNamedAndNothingIsSaved() throws Exception {
			Map<Long, String> twoOfThree = attendance("PRESENT", "PRESENT", "PRESENT");
			twoOfThree.remove(bo.id());
			String page = rejected(meetings.groupMeeting("koordinator", group, List.of(me), twoOfThree)
				.param("colleagues", "Kollega " + tag)
				.param("note", "Skrevet " + tag))
				.andExpect(model().attributeHasFieldErrorCode("groupMeetingForm", "attendance[" + bo.id() + "]",
						"contact.group.attendance.required"))
				.andExpect(content().string(containsString("1 deltager mangler et gyldigt svar")))
				.andExpect(content().string(containsString("Vælg, om deltageren var til stede")))
				.andExpect(content().string(containsString("Kollega " + tag)))
				.andExpect(content().string(containsString("Skrevet " + tag)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			// The message stands with Bo, and Anna's answer is kept.
			int bosRow = page.indexOf(bo.label());
			assertThat(page.indexOf("Vælg, om deltageren var til stede", bosRow))
				.isLessThan(page.indexOf(carl.label()));
			assertThat(page).contains("value=\"PRESENT\" autocomplete=\"off\" name=\"attendance[" + anna.id()
					+ "]\" checked=\"checked\"");
		}

		@Test
		void aMemberPresentWithoutAConsentOnTheDayIsRefused() throws Exception {
			Recipient dan = fixtures.recipientWithoutConsent(copenhagen, "Dan " + tag);
			jdbc.sql("insert into course_recipient (course_id, recipient_id) values (?, ?)")
				.params(group, dan.id())
				.update();
			Map<Long, String> values = attendance("PRESENT", "PRESENT", "PRESENT");
			values.put(dan.id(), "PRESENT");
			rejected(meetings.groupMeeting("koordinator", group, List.of(me), values))
				.andExpect(model().attributeHasFieldErrorCode("groupMeetingForm", "attendance[" + dan.id() + "]",
						"contact.group.attendance.consent"))
				.andExpect(content().string(containsString("har ikke et gyldigt samtykke til registrering")));
			// Absent, the member needs no consent.
			values.put(dan.id(), "ABSENT");
			long id = created(meetings.groupMeeting("koordinator", group, List.of(me), values));
			assertThat(attendanceOf(id)).hasSize(4);
		}

		@Test
		void aHeldMeetingCannotLieInTheFuture() throws Exception {
			rejected(meetings.groupMeeting("koordinator", group, List.of(me), attendance("PRESENT", "ABSENT", "ABSENT"),
					"occurredOn", TestClock.today().plusDays(1).toString()))
				.andExpect(model().attributeHasFieldErrorCode("groupMeetingForm", "occurredOn", "contact.future"));
		}

		@Test
		void theCourseMustRunOnTheDay() throws Exception {
			rejected(meetings.groupMeeting("koordinator", group, List.of(me), attendance("PRESENT", "ABSENT", "ABSENT"),
					"occurredOn", TestClock.today().minusDays(61).toString()))
				.andExpect(model().attributeHasFieldErrorCode("groupMeetingForm", "occurredOn",
						"contact.course.notStarted"));
			long ended = fixtures.course(copenhagen, "GROUP", TestClock.today().minusDays(60),
					TestClock.today().minusDays(10), List.of(anna.id()), List.of(me));
			mvc.perform(meetings.groupMeeting("koordinator", ended, List.of(me), Map.of(anna.id(), "PRESENT")))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("groupMeetingForm", "occurredOn",
						"contact.group.course.ended"));
			assertThat(meetings.contactsIn(ended)).isZero();
		}

		@Test
		void theDurationIsOneTo600Minutes() throws Exception {
			rejected(meetings.groupMeeting("koordinator", group, List.of(me), attendance("PRESENT", "ABSENT", "ABSENT"))
				.param("otherMinutes", "601"))
				.andExpect(model().attributeHasFieldErrorCode("groupMeetingForm", "durationMinutes",
						"contact.duration.range"));
		}

		@Test
		void atLeastOnePeerWorkerOfTheOrganisationRanIt() throws Exception {
			rejected(meetings.groupMeeting("koordinator", group, List.of(), attendance("PRESENT", "ABSENT", "ABSENT")))
				.andExpect(model().attributeHasFieldErrorCode("groupMeetingForm", "facilitatorIds",
						"contact.group.facilitators.required"));
			long aarhusPeer = fixtures.peerWorker(fixtures.organisation(ContactFixtures.AARHUS), "Aage " + tag);
			rejected(meetings.groupMeeting("koordinator", group, List.of(me, aarhusPeer),
					attendance("PRESENT", "ABSENT", "ABSENT")))
				.andExpect(model().attributeHasFieldErrorCode("groupMeetingForm", "facilitatorIds",
						"contact.group.facilitators.unknown"));
		}

		private ResultActions rejected(MockHttpServletRequestBuilder request) throws Exception {
			ResultActions result = mvc.perform(request)
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Gruppemødet er ikke gemt")));
			assertThat(meetings.contactsIn(group)).isZero();
			assertThat(jdbc.sql("select count(*) from contact_attendance where recipient_id = ?")
				.param(anna.id())
				.query(Integer.class)
				.single()).isZero();
			return result;
		}

	}

	@Nested
	@WithUserDetails("koordinator")
	class OneTimeToken {

		@Test
		void aDoubleSubmitRecordsOneMeeting() throws Exception {
			MockHttpServletRequestBuilder form = meetings.groupMeeting("koordinator", group, List.of(me),
					attendance("PRESENT", "PRESENT", "ABSENT"));
			long first = created(form);
			mvc.perform(form)
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/contacts/" + first))
				.andExpect(flash().attribute("success", "contact.repeated"));
			assertThat(meetings.contactsIn(group)).isEqualTo(1);
			assertThat(attendanceOf(first)).hasSize(3);
		}

	}

	@Nested
	class Scope {

		@Test
		@WithUserDetails("peer.aarhus")
		void aPeerWorkerOfAnotherOrganisationGets404AndNothingIsSaved() throws Exception {
			mvc.perform(get("/contacts/group/new").param("courseId", String.valueOf(group)))
				.andExpect(status().isNotFound());
			mvc.perform(meetings.groupMeeting("peer.aarhus", group, List.of(me),
					attendance("PRESENT", "PRESENT", "PRESENT")))
				.andExpect(status().isNotFound());
			assertThat(meetings.contactsIn(group)).isZero();
			assertThat(jdbc.sql("""
					select count(*) from audit_event where actor_username = 'peer.aarhus' and entity_type = 'COURSE'
					  and entity_id = ? and outcome = 'DENIED'
					""").param(String.valueOf(group)).query(Integer.class).single()).isEqualTo(2);
			mvc.perform(get("/contacts/group/new"))
				.andExpect(content().string(not(containsString("courseId=" + group + "\""))));
		}

		@Test
		@WithUserDetails("koordinator.aarhus")
		void aCoordinatorOfAnotherOrganisationGets404() throws Exception {
			mvc.perform(meetings.groupMeeting("koordinator.aarhus", group, List.of(me),
					attendance("PRESENT", "PRESENT", "PRESENT")))
				.andExpect(status().isNotFound());
			assertThat(meetings.contactsIn(group)).isZero();
		}

		@Test
		@WithUserDetails("peer")
		void aPeerWorkerWhoDoesNotRunTheGroupGets404() throws Exception {
			long othersGroup = fixtures.course(copenhagen, "GROUP", TestClock.today().minusDays(30), null,
					List.of(anna.id()), List.of(olga));
			mvc.perform(meetings.groupMeeting("peer", othersGroup, List.of(me), Map.of(anna.id(), "PRESENT")))
				.andExpect(status().isNotFound());
			assertThat(meetings.contactsIn(othersGroup)).isZero();
		}

	}

}
