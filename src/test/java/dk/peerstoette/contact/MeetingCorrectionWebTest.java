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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Corrections of group meetings and organisational activities take the contact's one
 * correction path: the author for 7 days, a coordinator after that, every change in the
 * history (attendance per member, a note only as changed) and the audit log, and a form
 * filled from an older version is refused.
 */
@IntegrationTest
@WithUserDetails("peer")
class MeetingCorrectionWebTest {

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

	Recipient bo;

	long group;

	long unit;

	@BeforeEach
	void aGroupRunByThePeerWorker() {
		this.fixtures = new ContactFixtures(this.jdbc, this.users);
		this.meetings = new MeetingFixtures(this.jdbc, this.fixtures);
		this.tag = ContactFixtures.tag();
		this.copenhagen = this.fixtures.organisation(ContactFixtures.COPENHAGEN);
		this.me = this.fixtures.peerWorkerOfUser("peer", this.copenhagen);
		this.anna = this.fixtures.recipient(this.copenhagen, "Anna " + this.tag);
		this.bo = this.fixtures.recipient(this.copenhagen, "Bo " + this.tag);
		this.group = this.fixtures.course(this.copenhagen, "GROUP", TestClock.today().minusDays(60), null,
				List.of(this.anna.id(), this.bo.id()), List.of(this.me));
		this.unit = this.fixtures.unit(this.copenhagen);
	}

	long created(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
		return MeetingFixtures.idOf(result.getResponse().getRedirectedUrl());
	}

	/** The history as field:old:new, oldest first. */
	List<String> changes(long id) {
		return this.jdbc
			.sql("select field || ':' || coalesce(old_value, 'null') || ':' || coalesce(new_value, 'null') "
					+ "from contact_change where contact_id = ? order by changed_at, id")
			.param(id)
			.query(String.class)
			.list();
	}

	List<String> updatesAudited(long id) {
		return this.jdbc
			.sql("select detail from audit_event where entity_type = 'CONTACT' and action = 'UPDATE' "
					+ "and outcome = 'SUCCESS' and entity_id = ?")
			.param(String.valueOf(id))
			.query(String.class)
			.list();
	}

	void createdDaysAgo(long id, int days) {
		this.jdbc.sql("update contact set created_at = now() - make_interval(days => ?) where id = ?")
			.params(days, id)
			.update();
	}

	@Nested
	class GroupMeeting {

		long meeting;

		@BeforeEach
		void thePeerWorkerRecordedAMeeting() throws Exception {
			Map<Long, String> attendance = new LinkedHashMap<>();
			attendance.put(anna.id(), "PRESENT");
			attendance.put(bo.id(), "PRESENT");
			this.meeting = created(
					meetings.groupMeeting("peer", group, List.of(me), attendance).param("note", "Forste note " + tag));
		}

		MockHttpServletRequestBuilder correction(String username, long version, String bos) {
			return post("/contacts/group/{id}/edit", meeting).with(csrf())
				.param("token", fixtures.token(username))
				.param("version", String.valueOf(version))
				.param("courseId", String.valueOf(group))
				.param("occurredOn", ContactFixtures.YESTERDAY.toString())
				.param("startsAt", "17:00")
				.param("durationMinutes", "60")
				.param("facilitatorIds", String.valueOf(me))
				.param("attendance[" + anna.id() + "]", "PRESENT")
				.param("attendance[" + bo.id() + "]", bos)
				.param("note", "Anden note " + tag);
		}

		@Test
		void theAuthorCorrectsTheMeetingAndEveryChangeIsKept() throws Exception {
			mvc.perform(get("/contacts/{id}", meeting))
				.andExpect(content().string(containsString("/contacts/group/" + meeting + "/edit")));
			MvcResult form = mvc.perform(get("/contacts/group/{id}/edit", meeting))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Ret gruppemødet")))
				.andExpect(content().string(containsString("Forste note " + tag)))
				.andExpect(content().string(containsString("name=\"version\" value=\"0\"")))
				.andReturn();
			GroupMeetingForm stored = (GroupMeetingForm) form.getModelAndView().getModel().get("groupMeetingForm");
			assertThat(stored.getAttendance()).containsEntry(anna.id(), Attendance.PRESENT)
				.containsEntry(bo.id(), Attendance.PRESENT);
			assertThat(stored.getFacilitatorIds()).containsExactly(me);

			mvc.perform(correction("peer", 0, "ABSENT")).andExpect(flash().attribute("success", "contact.saved"));
			assertThat(changes(meeting)).containsExactly("durationMinutes:90:60", "note:null:null",
					"attendance:" + bo.number() + ":PRESENT:ABSENT");
			assertThat(jdbc.sql("select count(*) from contact_change where old_value like ? or new_value like ?")
				.params("%note%", "%note%")
				.query(Integer.class)
				.single()).as("no note text in the history").isZero();
			assertThat(jdbc.sql("select attendance from contact_attendance where contact_id = ? and recipient_id = ?")
				.params(meeting, bo.id())
				.query(String.class)
				.single()).isEqualTo("ABSENT");
			assertThat(meetings.row(meeting)).containsEntry("duration_minutes", 60)
				.containsEntry("note", "Anden note " + tag)
				.containsEntry("peer_worker_id", me);
			assertThat(updatesAudited(meeting)).containsExactly("FIELDS=durationMinutes,note,attendance");
			mvc.perform(get("/contacts/{id}", meeting))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Fremmøde: " + bo.number())))
				.andExpect(content().string(containsString("Udeblev")))
				.andExpect(content().string(containsString("Noten blev ændret")));
		}

		@Test
		void afterSevenDaysOnlyACoordinatorCorrects() throws Exception {
			createdDaysAgo(meeting, 8);
			mvc.perform(get("/contacts/group/{id}/edit", meeting)).andExpect(status().isForbidden());
			mvc.perform(correction("peer", 0, "ABSENT")).andExpect(status().isForbidden());
			assertThat(changes(meeting)).isEmpty();

			mvc.perform(get("/contacts/group/{id}/edit", meeting).with(fixtures.as("koordinator")))
				.andExpect(status().isOk());
			mvc.perform(correction("koordinator", 0, "CANCELLED").with(fixtures.as("koordinator")))
				.andExpect(flash().attribute("success", "contact.saved"));
			assertThat(changes(meeting)).contains("attendance:" + bo.number() + ":PRESENT:CANCELLED");
			assertThat(meetings.row(meeting)).as("the meeting keeps its peer worker")
				.containsEntry("peer_worker_id", me);
		}

		@Test
		void aCorrectionOfAnOlderVersionIsRefused() throws Exception {
			mvc.perform(correction("peer", 7, "ABSENT"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("En anden har gemt ændringer")));
			assertThat(changes(meeting)).isEmpty();
		}

		@Test
		void anIndividualContactIsNotCorrectedAsAGroupMeeting() throws Exception {
			long activity = created(meetings.activity("peer", "STAFF_MEETING", unit));
			mvc.perform(get("/contacts/group/{id}/edit", activity)).andExpect(status().isNotFound());
		}

	}

	@Nested
	class Activity {

		long activity;

		long otherUnit;

		@BeforeEach
		void thePeerWorkerRecordedAStaffMeeting() throws Exception {
			this.otherUnit = jdbc
				.sql("select id from unit where organisation_id = ? and active and id <> ? order by name, id limit 1")
				.params(copenhagen, unit)
				.query(Long.class)
				.single();
			this.activity = created(meetings.activity("peer", "STAFF_MEETING", unit).param("participants", "Lise"));
		}

		MockHttpServletRequestBuilder correction(String username, long version) {
			return post("/contacts/activities/{id}/edit", activity).with(csrf())
				.param("token", fixtures.token(username))
				.param("version", String.valueOf(version))
				.param("kind", "TRAINING")
				.param("peerWorkerId", String.valueOf(me))
				.param("occurredOn", ContactFixtures.YESTERDAY.toString())
				.param("startsAt", "09:00")
				.param("durationMinutes", "60")
				.param("unitId", String.valueOf(otherUnit))
				.param("participants", "Lise\nHans");
		}

		@Test
		void theAuthorCorrectsTheActivityAndEveryChangeIsKept() throws Exception {
			mvc.perform(get("/contacts/{id}", activity))
				.andExpect(content().string(containsString("/contacts/activities/" + activity + "/edit")));
			mvc.perform(get("/contacts/activities/{id}/edit", activity))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Ret aktiviteten")))
				.andExpect(content().string(containsString("Lise")))
				.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
			mvc.perform(correction("peer", 0)).andExpect(flash().attribute("success", "contact.saved"));
			assertThat(changes(activity)).containsExactly("kind:STAFF_MEETING:TRAINING",
					"unit:" + unit + ":" + otherUnit, "participants:null:null");
			assertThat(meetings.row(activity)).containsEntry("kind", "TRAINING").containsEntry("unit_id", otherUnit);
			assertThat(jdbc.sql("select colleague_name from contact_facilitator where contact_id = ? order by id")
				.param(activity)
				.query(String.class)
				.list()).containsExactly("Lise", "Hans");
			assertThat(updatesAudited(activity)).containsExactly("FIELDS=kind,unit,participants");
			mvc.perform(get("/contacts/{id}", activity))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Navnene blev ændret")))
				.andExpect(content().string(containsString(">Enhed<")));
		}

		@Test
		void afterSevenDaysOnlyACoordinatorCorrects() throws Exception {
			createdDaysAgo(activity, 8);
			mvc.perform(get("/contacts/activities/{id}/edit", activity)).andExpect(status().isForbidden());
			mvc.perform(correction("peer", 0)).andExpect(status().isForbidden());
			assertThat(changes(activity)).isEmpty();
			mvc.perform(correction("koordinator", 0).with(fixtures.as("koordinator")))
				.andExpect(flash().attribute("success", "contact.saved"));
			assertThat(changes(activity)).contains("kind:STAFF_MEETING:TRAINING");
		}

		@Test
		void aCorrectionOfAnOlderVersionIsRefused() throws Exception {
			mvc.perform(correction("peer", 3))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("En anden har gemt ændringer")));
			assertThat(changes(activity)).isEmpty();
		}

	}

}
