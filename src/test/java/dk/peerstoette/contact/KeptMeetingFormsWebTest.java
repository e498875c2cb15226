package dk.peerstoette.contact;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
import dk.peerstoette.TestProgramme.Recipient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every contact form comes back filled in after the sign-in ran out, not only the quick
 * entry: the group meeting and the organisational activity, with the same guarantees
 * (only for the person the token was issued to, only an issued token, not saved until
 * saved, and a form already saved leads to what it made).
 */
@IntegrationTest
class KeptMeetingFormsWebTest {

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

	Recipient bo;

	long group;

	long unit;

	@BeforeEach
	void aGroupAndAUnit() {
		this.fixtures = new ContactFixtures(this.jdbc, this.users);
		this.tag = ContactFixtures.tag();
		this.copenhagen = this.fixtures.organisation(ContactFixtures.COPENHAGEN);
		this.me = this.fixtures.peerWorkerOfUser("peer", this.copenhagen);
		this.anna = this.fixtures.recipient(this.copenhagen, "Anna " + this.tag);
		this.bo = this.fixtures.recipient(this.copenhagen, "Bo " + this.tag);
		this.group = this.fixtures.course(this.copenhagen, "GROUP", TestClock.today().minusDays(60), null,
				List.of(this.anna.id(), this.bo.id()), List.of(this.me));
		this.unit = this.fixtures.unit(this.copenhagen);
	}

	int meetingsOfTheGroup() {
		return this.jdbc.sql("select count(*) from contact where course_id = ?")
			.param(this.group)
			.query(Integer.class)
			.single();
	}

	int activitiesNoted() {
		return this.jdbc.sql("select count(*) from contact where note = ?")
			.param("Planer " + this.tag)
			.query(Integer.class)
			.single();
	}

	@Nested
	class GroupMeeting {

		@Test
		void theGroupMeetingComesBackFilledInAfterSigningInAgainAndIsSavedOnce() throws Exception {
			String token = fixtures.token("koordinator");
			MvcResult expired = mvc.perform(groupMeeting(post("/contacts/group"), token))
				.andExpect(redirectedUrl("/contacts/group/new?restore=" + token))
				.andReturn();
			assertThat(meetingsOfTheGroup()).isZero();
			MockHttpSession session = (MockHttpSession) expired.getRequest().getSession(false);
			assertThat(session).isNotNull();

			String resume = signIn(session, "koordinator", "/contacts/group/new?restore=" + token);
			MvcResult restored = mvc.perform(get(resume).session(session))
				.andExpect(status().isOk())
				.andExpect(model().attribute("restored", true))
				.andExpect(content().string(containsString("Du blev logget ud, før kontakten blev gemt")))
				.andExpect(content().string(containsString("value=\"" + token + "\"")))
				.andExpect(content().string(containsString(anna.label())))
				.andExpect(content().string(containsString("God stemning " + tag)))
				.andReturn();
			GroupMeetingForm form = (GroupMeetingForm) restored.getModelAndView().getModel().get("groupMeetingForm");
			assertThat(form.getCourseId()).isEqualTo(group);
			assertThat(form.getAttendance()).containsEntry(anna.id(), Attendance.PRESENT)
				.containsEntry(bo.id(), Attendance.ABSENT);
			assertThat(form.getFacilitatorIds()).containsExactly(me);
			assertThat(meetingsOfTheGroup()).as("not saved until the user saves").isZero();

			mvc.perform(groupMeeting(post("/contacts/group").with(csrf()), token).session(session))
				.andExpect(flash().attribute("success", "contact.group.created"));
			mvc.perform(groupMeeting(post("/contacts/group").with(csrf()), token).session(session))
				.andExpect(flash().attribute("success", "contact.repeated"));
			assertThat(meetingsOfTheGroup()).isEqualTo(1);
			long id = jdbc.sql("select id from contact where course_id = ?").param(group).query(Long.class).single();
			mvc.perform(get("/contacts/group/new").param("restore", token).session(session))
				.andExpect(redirectedUrl("/contacts/" + id));
		}

		@Test
		void onlyThePersonTheFormWasIssuedToGetsItBack() throws Exception {
			String token = fixtures.token("koordinator");
			MvcResult expired = mvc.perform(groupMeeting(post("/contacts/group"), token)).andReturn();
			MockHttpSession session = (MockHttpSession) expired.getRequest().getSession(false);
			String resume = signIn(session, "peer", "/contacts/group/new?restore=" + token);
			mvc.perform(get(resume).session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("God stemning " + tag))))
				.andExpect(content().string(not(containsString("Du blev logget ud"))));
			assertThat(meetingsOfTheGroup()).isZero();
		}

		@Test
		void aFormWithoutAnIssuedTokenIsRefusedAsBefore() throws Exception {
			mvc.perform(groupMeeting(post("/contacts/group"), UUID.randomUUID().toString()))
				.andExpect(status().isForbidden());
			assertThat(meetingsOfTheGroup()).isZero();
		}

		private MockHttpServletRequestBuilder groupMeeting(MockHttpServletRequestBuilder request, String token) {
			return request.param("token", token)
				.param("courseId", String.valueOf(group))
				.param("occurredOn", ContactFixtures.YESTERDAY.toString())
				.param("startsAt", "17:00")
				.param("durationMinutes", "90")
				.param("facilitatorIds", String.valueOf(me))
				.param("attendance[" + anna.id() + "]", "PRESENT")
				.param("attendance[" + bo.id() + "]", "ABSENT")
				.param("note", "God stemning " + tag);
		}

	}

	@Nested
	class Activity {

		@Test
		void theActivityComesBackFilledInAfterSigningInAgainAndIsSavedOnce() throws Exception {
			String token = fixtures.token("koordinator");
			MvcResult expired = mvc.perform(activity(post("/contacts/activities"), token))
				.andExpect(redirectedUrl("/contacts/activities/new?restore=" + token))
				.andReturn();
			MockHttpSession session = (MockHttpSession) expired.getRequest().getSession(false);
			String resume = signIn(session, "koordinator", "/contacts/activities/new?restore=" + token);
			mvc.perform(get(resume).session(session))
				.andExpect(status().isOk())
				.andExpect(model().attribute("restored", true))
				.andExpect(content().string(containsString("Du blev logget ud")))
				.andExpect(content().string(containsString("value=\"" + token + "\"")))
				.andExpect(content().string(containsString("value=\"Lokale " + tag + "\"")))
				.andExpect(content().string(containsString("Planer " + tag)))
				.andExpect(content().string(containsString("value=\"75\"")));
			assertThat(activitiesNoted()).as("not saved until the user saves").isZero();

			String saved = mvc.perform(activity(post("/contacts/activities").with(csrf()), token).session(session))
				.andExpect(flash().attribute("success", "contact.activity.created"))
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			assertThat(activitiesNoted()).isEqualTo(1);
			// Sent again after the sign-in ran out once more: it leads to what it saved.
			mvc.perform(activity(post("/contacts/activities"), token)).andExpect(redirectedUrl(saved));
			mvc.perform(get("/contacts/activities/new").param("restore", token).session(session))
				.andExpect(redirectedUrl(saved));
			assertThat(activitiesNoted()).isEqualTo(1);
		}

		@Test
		void onlyThePersonTheFormWasIssuedToGetsItBack() throws Exception {
			String token = fixtures.token("koordinator");
			MvcResult expired = mvc.perform(activity(post("/contacts/activities"), token)).andReturn();
			MockHttpSession session = (MockHttpSession) expired.getRequest().getSession(false);
			String resume = signIn(session, "koordinator.aarhus", "/contacts/activities/new?restore=" + token);
			mvc.perform(get(resume).session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Planer " + tag))))
				.andExpect(content().string(not(containsString("Du blev logget ud"))));
			assertThat(activitiesNoted()).isZero();
		}

		private MockHttpServletRequestBuilder activity(MockHttpServletRequestBuilder request, String token) {
			return request.param("token", token)
				.param("kind", "STAFF_MEETING")
				.param("peerWorkerId", String.valueOf(me))
				.param("occurredOn", ContactFixtures.YESTERDAY.toString())
				.param("startsAt", "09:00")
				.param("otherMinutes", "75")
				.param("unitId", String.valueOf(unit))
				.param("place", "Lokale " + tag)
				.param("note", "Planer " + tag);
		}

	}

	@Nested
	class OnAContact {

		@Test
		void aGroupMeetingsCorrectionComesBackFilledIn() throws Exception {
			String created = mvc
				.perform(groupMeeting(post("/contacts/group").with(csrf()).with(fixtures.as("peer")),
						fixtures.token("peer"), "ABSENT"))
				.andExpect(flash().attribute("success", "contact.group.created"))
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			String edit = "/contacts/group/" + MeetingFixtures.idOf(created) + "/edit";
			String token = fixtures.token("peer");
			MvcResult expired = mvc.perform(groupMeeting(post(edit), token, "CANCELLED").param("version", "0"))
				.andExpect(redirectedUrl(edit + "?restore=" + token))
				.andReturn();
			MockHttpSession session = (MockHttpSession) expired.getRequest().getSession(false);
			String resume = signIn(session, "peer", edit + "?restore=" + token);
			MvcResult restored = mvc.perform(get(resume).session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Du blev logget ud")))
				.andReturn();
			GroupMeetingForm form = (GroupMeetingForm) restored.getModelAndView().getModel().get("groupMeetingForm");
			assertThat(form.getAttendance()).containsEntry(bo.id(), Attendance.CANCELLED);
			assertThat(jdbc.sql("select attendance from contact_attendance where recipient_id = ?")
				.param(bo.id())
				.query(String.class)
				.single()).as("not saved until the user saves").isEqualTo("ABSENT");
		}

		@Test
		void aPlanMarkedNotHeldComesBackFilledIn() throws Exception {
			long plan = new MeetingFixtures(jdbc, fixtures).planned(group, anna.id(), me, "peer",
					TestClock.today().plusDays(1), "10:00");
			String token = fixtures.token("peer");
			String path = "/contacts/planned/" + plan + "/not-held";
			MvcResult expired = mvc
				.perform(post(path).param("token", token).param("version", "0").param("reason", "PEER_CANCELLED"))
				.andExpect(redirectedUrl(path + "?restore=" + token))
				.andReturn();
			MockHttpSession session = (MockHttpSession) expired.getRequest().getSession(false);
			String resume = signIn(session, "peer", path + "?restore=" + token);
			MvcResult restored = mvc.perform(get(resume).session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Du blev logget ud")))
				.andReturn();
			NotHeldForm form = (NotHeldForm) restored.getModelAndView().getModel().get("notHeldForm");
			assertThat(form.getReason()).isEqualTo(NotHeldReason.PEER_CANCELLED);
			assertThat(jdbc.sql("select status from contact where id = ?").param(plan).query(String.class).single())
				.isEqualTo("PLANNED");
		}

		private MockHttpServletRequestBuilder groupMeeting(MockHttpServletRequestBuilder request, String token,
				String bos) {
			return request.param("token", token)
				.param("courseId", String.valueOf(group))
				.param("occurredOn", ContactFixtures.YESTERDAY.toString())
				.param("startsAt", "17:00")
				.param("durationMinutes", "90")
				.param("facilitatorIds", String.valueOf(me))
				.param("attendance[" + anna.id() + "]", "PRESENT")
				.param("attendance[" + bo.id() + "]", bos);
		}

	}

	/**
	 * Follows the sign-in: the kept page asks for it, and after it the user is sent back
	 * there.
	 * @return where the sign-in leads
	 */
	private String signIn(MockHttpSession session, String username, String page) throws Exception {
		this.mvc.perform(get(page).session(session)).andExpect(redirectedUrl("/login"));
		String next = this.mvc
			.perform(post("/login").with(csrf()).param("username", username).param("password", "demo").session(session))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(next).contains(page);
		return next;
	}

}
