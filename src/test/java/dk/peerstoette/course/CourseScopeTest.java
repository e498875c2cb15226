package dk.peerstoette.course;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may read which course: each role against a København course assigned to the demo
 * peer worker, an unassigned København course and an Aarhus course. Allowed reads and
 * refusals (404, never a hint that the course exists) are both audited.
 */
@IntegrationTest
class CourseScopeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	CourseFixtures fixtures;

	String tag;

	long assigned;

	long unassigned;

	long aarhusCourse;

	@BeforeEach
	void courses() {
		this.fixtures = new CourseFixtures(this.jdbc);
		this.tag = CourseFixtures.tag();
		long copenhagen = this.fixtures.organisation(CourseFixtures.COPENHAGEN);
		long aarhus = this.fixtures.organisation(CourseFixtures.AARHUS);
		long demoPeer = this.fixtures.peerWorkerOfUser("peer", copenhagen);
		long otherPeer = this.fixtures.peerWorker(copenhagen, "Other " + this.tag);
		long aarhusPeer = this.fixtures.peerWorker(aarhus, "Aarhus " + this.tag);
		LocalDate start = TestClock.today().minusDays(7);
		this.assigned = this.fixtures.course(copenhagen, CourseKind.INDIVIDUAL, "Scope " + this.tag, start, null, null,
				null, List.of(this.fixtures.recipient(copenhagen, "Assigned " + this.tag).id()),
				List.of(demoPeer, otherPeer));
		this.unassigned = this.fixtures.course(copenhagen, CourseKind.GROUP, "Scope " + this.tag, start, null, null,
				null, List.of(this.fixtures.recipient(copenhagen, "Unassigned " + this.tag).id()), List.of(otherPeer));
		this.aarhusCourse = this.fixtures.course(aarhus, CourseKind.MENTOR, "Scope " + this.tag, start, null, null,
				null, List.of(this.fixtures.recipient(aarhus, "Aarhus " + this.tag).id()), List.of(aarhusPeer));
	}

	@ParameterizedTest(name = "{0}: assigned {1}, unassigned {2}, Aarhus {3}")
	@CsvSource({ "admin, 404, 404, 404", "leder, 404, 404, 404", "koordinator, 200, 200, 404",
			"koordinator.aarhus, 404, 404, 200", "peer, 200, 404, 404", "peer.aarhus, 404, 404, 404" })
	void aCoursePageIsShownOnlyInScopeAndEveryAttemptIsAudited(String username, int assignedStatus,
			int unassignedStatus, int aarhusStatus) throws Exception {
		expect(username, this.assigned, assignedStatus);
		expect(username, this.unassigned, unassignedStatus);
		expect(username, this.aarhusCourse, aarhusStatus);
	}

	@ParameterizedTest
	@CsvSource({ "admin", "leder" })
	void managersAndAdministratorsMayNotListCourses(String username) throws Exception {
		this.mvc.perform(get("/courses").with(as(username))).andExpect(status().isForbidden());
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where actor_username = ? and entity_type = 'COURSE' "
					+ "and action = 'SEARCH' and outcome = 'DENIED' and occurred_at > now() - interval '1 minute'")
			.param(username)
			.query(Integer.class)
			.single()).isPositive();
	}

	@ParameterizedTest(name = "{0} sees {1}")
	@CsvSource({ "koordinator, 'assigned,unassigned'", "koordinator.aarhus, aarhus", "peer, assigned",
			"peer.aarhus, ''" })
	void theListShowsOnlyCoursesInScope(String username, String expected) throws Exception {
		List<Long> ids = CourseWebTest
			.ids(this.mvc.perform(get("/courses").param("q", "Scope " + this.tag).with(as(username)))
				.andExpect(status().isOk())
				.andReturn());
		List<Long> wanted = expected.isEmpty() ? List.of()
				: java.util.Arrays.stream(expected.split(",")).map((name) -> switch (name) {
					case "assigned" -> this.assigned;
					case "unassigned" -> this.unassigned;
					default -> this.aarhusCourse;
				}).toList();
		assertThat(ids).containsExactlyInAnyOrderElementsOf(wanted);
	}

	@Test
	void aPeerWorkerReadsTheirCourseButCannotChangeIt() throws Exception {
		this.mvc.perform(get("/courses/{id}", this.assigned).with(as("peer")))
			.andExpect(status().isOk())
			.andExpect(result -> assertThat(result.getResponse().getContentAsString())
				.doesNotContain("/courses/" + this.assigned + "/edit"));
		this.mvc.perform(get("/courses/{id}/edit", this.assigned).with(as("peer"))).andExpect(status().isForbidden());
		assertThat(this.fixtures.audited("peer", "READ", "DENIED", this.assigned)).isEqualTo(1);
	}

	@Test
	void anUnknownCourseIs404() throws Exception {
		this.mvc.perform(get("/courses/{id}", 987654321L).with(as("koordinator"))).andExpect(status().isNotFound());
	}

	private void expect(String username, long courseId, int status) throws Exception {
		this.mvc.perform(get("/courses/{id}", courseId).with(as(username))).andExpect(status().is(status));
		String outcome = (status == 200) ? "SUCCESS" : "DENIED";
		assertThat(this.fixtures.audited(username, "READ", outcome, courseId)).as("%s reads %d", username, courseId)
			.isEqualTo(1);
		assertThat(this.fixtures.audited(username, "READ", (status == 200) ? "DENIED" : "SUCCESS", courseId)).isZero();
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
