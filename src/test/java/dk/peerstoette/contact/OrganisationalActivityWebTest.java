package dk.peerstoette.contact;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
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
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Organisational activities: a peer worker's time with no recipient, recorded by them or
 * a coordinator, and counted in the lists, totals and week like any contact.
 */
@IntegrationTest
class OrganisationalActivityWebTest {

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

	long unit;

	PeerLogin pia;

	@BeforeEach
	void aPeerWorkerWithALogin() {
		this.fixtures = new ContactFixtures(this.jdbc, this.users);
		this.meetings = new MeetingFixtures(this.jdbc, this.fixtures);
		this.tag = ContactFixtures.tag();
		this.copenhagen = this.fixtures.organisation(ContactFixtures.COPENHAGEN);
		this.unit = this.fixtures.unit(this.copenhagen);
		this.pia = this.fixtures.peerLogin(this.copenhagen, "Pia " + this.tag);
		this.jdbc.sql("insert into peer_worker_unit (peer_worker_id, unit_id) values (?, ?)")
			.params(this.pia.peerWorkerId(), this.unit)
			.update();
	}

	long created(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request)
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/contacts/*"))
			.andExpect(flash().attribute("success", "contact.activity.created"))
			.andReturn();
		return MeetingFixtures.idOf(result.getResponse().getRedirectedUrl());
	}

	List<Long> contactsOfPia() {
		return this.jdbc.sql("select id from contact where peer_worker_id = ? order by id")
			.param(this.pia.peerWorkerId())
			.query(Long.class)
			.list();
	}

	@Nested
	class Record {

		@Test
		void aPeerWorkerRecordsTheirOwnStaffMeetingAndItCountsInTheirWeekAndTotals() throws Exception {
			mvc.perform(get("/contacts/activities/new").with(fixtures.as(pia.username())))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Personalemøde")))
				.andExpect(content().string(containsString("Behandlingskonference")))
				.andExpect(content().string(containsString("Netværksmøde")))
				// Pia's own unit is chosen for her.
				.andExpect(content().string(containsString("value=\"" + unit + "\" selected=\"selected\"")));
			long id = created(meetings.activity(pia.username(), "STAFF_MEETING", unit)
				.param("place", "Mødelokale " + tag)
				.param("participants", "Overlæge Hansen\nSygeplejerske Berg\n")
				.param("note", "Planlægning " + tag)
				.with(fixtures.as(pia.username())));
			Map<String, Object> row = meetings.row(id);
			assertThat(row).containsEntry("kind", "STAFF_MEETING")
				.containsEntry("status", "HELD")
				.containsEntry("organisation_id", copenhagen)
				.containsEntry("unit_id", unit)
				.containsEntry("course_id", null)
				.containsEntry("recipient_id", null)
				.containsEntry("peer_worker_id", pia.peerWorkerId())
				.containsEntry("created_by", pia.userId())
				.containsEntry("duration_minutes", 60)
				.containsEntry("place", "Mødelokale " + tag);
			assertThat(jdbc.sql("select colleague_name from contact_facilitator where contact_id = ? order by id")
				.param(id)
				.query(String.class)
				.list()).containsExactly("Overlæge Hansen", "Sygeplejerske Berg");
			assertThat(fixtures.audited(pia.username(), "CREATE", "SUCCESS", id)).isEqualTo(1);
			MvcResult week = mvc
				.perform(get("/contacts/week").param("date", YESTERDAY.toString()).with(fixtures.as(pia.username())))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("href=\"/contacts/" + id + "\"")))
				.andExpect(content().string(containsString("Personalemøde")))
				.andReturn();
			assertThat(((ContactWeek) week.getModelAndView().getModel().get("week")).totals())
				.isEqualTo(new ContactTotals(1, 60));
			mvc.perform(get("/contacts").with(fixtures.as(pia.username())))
				.andExpect(model().attribute("totals", new ContactTotals(1, 60)))
				.andExpect(content().string(containsString("href=\"/contacts/" + id + "\"")));
			mvc.perform(get("/contacts/{id}", id).with(fixtures.as(pia.username())))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Overlæge Hansen")))
				.andExpect(content().string(containsString("Planlægning " + tag)));
		}

		@Test
		@WithUserDetails("koordinator")
		void aCoordinatorRecordsSupervisionForAPeerWorkerOfTheOrganisation() throws Exception {
			mvc.perform(get("/contacts/activities/new"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Pia " + tag)));
			long id = created(meetings.activity("koordinator", "SUPERVISION", unit, "durationMinutes", "90",
					"peerWorkerId", String.valueOf(pia.peerWorkerId())));
			assertThat(meetings.row(id)).containsEntry("kind", "SUPERVISION")
				.containsEntry("peer_worker_id", pia.peerWorkerId())
				.containsEntry("created_by", fixtures.userId("koordinator"));
			mvc.perform(get("/contacts").param("peerWorker", String.valueOf(pia.peerWorkerId())))
				.andExpect(model().attribute("totals", new ContactTotals(1, 90)));
			mvc.perform(get("/contacts/week").param("date", YESTERDAY.toString()).with(fixtures.as(pia.username())))
				.andExpect(content().string(containsString("href=\"/contacts/" + id + "\"")))
				.andExpect(content().string(containsString("Supervision")));
		}

	}

	@Nested
	class Rules {

		@Test
		void aHeldActivityCannotLieInTheFuture() throws Exception {
			rejected(meetings.activity(pia.username(), "TRAINING", unit, "occurredOn",
					TestClock.today().plusDays(1).toString()), "occurredOn", "contact.future");
		}

		@Test
		void onlyTheOrganisationalKindsAreActivities() throws Exception {
			rejected(meetings.activity(pia.username(), "INDIVIDUAL_CONVERSATION", unit), "kind",
					"contact.kind.unknown");
			rejected(meetings.activity(pia.username(), "", unit), "kind", "NotNull");
		}

		@Test
		void theUnitIsOneOfTheOrganisationsActiveUnits() throws Exception {
			rejected(meetings.activity(pia.username(), "TRAINING", unit, "unitId", ""), "unitId",
					"contact.activity.unit.required");
			long aarhusUnit = fixtures.unit(fixtures.organisation(ContactFixtures.AARHUS));
			rejected(meetings.activity(pia.username(), "TRAINING", aarhusUnit), "unitId",
					"contact.activity.unit.unknown");
		}

		@Test
		void theDurationIsOneTo600Minutes() throws Exception {
			rejected(meetings.activity(pia.username(), "TRAINING", unit, "durationMinutes", "", "otherMinutes", "0"),
					"durationMinutes", "contact.duration.range");
		}

		@Test
		void aCoordinatorSaysWhoseTimeItWas() throws Exception {
			ResultActions result = mvc
				.perform(meetings.activity("koordinator", "NETWORK_MEETING", unit).with(fixtures.as("koordinator")));
			result.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("activityForm", "peerWorkerId",
						"contact.activity.peerWorker.required"));
			long aarhusPeer = fixtures.peerWorker(fixtures.organisation(ContactFixtures.AARHUS), "Aage " + tag);
			mvc.perform(meetings
				.activity("koordinator", "NETWORK_MEETING", unit, "peerWorkerId", String.valueOf(aarhusPeer))
				.with(fixtures.as("koordinator")))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("activityForm", "peerWorkerId",
						"contact.activity.peerWorker.unknown"));
			assertThat(jdbc.sql("select count(*) from contact where peer_worker_id = ?")
				.param(aarhusPeer)
				.query(Integer.class)
				.single()).isZero();
		}

		@Test
		void aPeerWorkerLoginWithoutAPeerWorkerHasNoTimeToRecord() throws Exception {
			String username = "peer.unlinked." + tag.toLowerCase();
			jdbc.sql("""
					insert into staff_user (username, password_hash, full_name, role, organisation_id)
					values (?, '{noop}unused', ?, 'PEER_WORKER', ?)
					""").params(username, "Ulla " + tag, copenhagen).update();
			mvc.perform(get("/contacts/activities/new").with(fixtures.as(username)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("ikke knyttet til en peer-medarbejder")));
			mvc.perform(meetings.activity(username, "TRAINING", unit).with(fixtures.as(username)))
				.andExpect(status().isForbidden());
		}

		private void rejected(MockHttpServletRequestBuilder request, String field, String code) throws Exception {
			mvc.perform(request.with(fixtures.as(pia.username())))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("activityForm", field, code));
			assertThat(contactsOfPia()).isEmpty();
		}

	}

}
