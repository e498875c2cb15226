package dk.peerstoette.course;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
import dk.peerstoette.TestProgramme.Recipient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A bridge-building course says what the peer worker built a bridge to (issue 18, item
 * 5), from the contacts' list: set in the form, shown on the course page, kept when the
 * form comes back with problems, and refused on any other kind of course.
 */
@IntegrationTest
@WithUserDetails("koordinator")
class BridgeCourseWebTest {

	private static final LocalDate TODAY = TestClock.today();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	CourseFixtures fixtures;

	String tag;

	long unit;

	Recipient anna;

	long peerWorker;

	@BeforeEach
	void aRecipientAndAPeerWorker() {
		this.fixtures = new CourseFixtures(this.jdbc);
		this.tag = CourseFixtures.tag();
		long copenhagen = this.fixtures.organisation(CourseFixtures.COPENHAGEN);
		this.unit = this.fixtures.unit(copenhagen);
		this.anna = this.fixtures.recipient(copenhagen, "Anna " + this.tag);
		this.peerWorker = this.fixtures.peerWorker(copenhagen, "Petra " + this.tag);
	}

	@Test
	void aBridgeBuildingCourseSaysWhereToOnItsPageAndInItsForm() throws Exception {
		mvc.perform(get("/courses/new"))
			.andExpect(content().string(containsString("Bro til")))
			.andExpect(content().string(containsString("Jobcenter")));
		MvcResult result = mvc
			.perform(course("BRIDGE_BUILDING", "bridgeTo", "HOUSING").param("title", "Bolig " + this.tag))
			.andExpect(redirectedUrlPattern("/courses/*"))
			.andReturn();
		long id = Long.parseLong(result.getResponse().getRedirectedUrl().replace("/courses/", ""));
		assertThat(bridgeTo(id)).isEqualTo("HOUSING");
		mvc.perform(get("/courses/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bro til")))
			.andExpect(content().string(containsString("Bolig")));
		mvc.perform(get("/courses/{id}", id).param("lang", "en"))
			.andExpect(content().string(containsString("Housing")));
		mvc.perform(get("/courses/{id}/edit", id))
			.andExpect(content().string(containsString("value=\"HOUSING\" selected")));

		mvc.perform(post("/courses/{id}/edit", id).with(csrf())
			.param("kind", "BRIDGE_BUILDING")
			.param("title", "Bolig " + this.tag)
			.param("unitId", String.valueOf(this.unit))
			.param("startsOn", TODAY.toString())
			.param("recipientNumbers", this.anna.number())
			.param("peerWorkerIds", String.valueOf(this.peerWorker))
			.param("bridgeTo", "JOB_CENTRE")
			.param("version", "0")).andExpect(redirectedUrl("/courses/" + id));
		assertThat(bridgeTo(id)).isEqualTo("JOB_CENTRE");
		assertThat(jdbc.sql("""
				select detail from audit_event where entity_type = 'COURSE' and entity_id = ? and action = 'UPDATE'
				""").param(String.valueOf(id)).query(String.class).single()).isEqualTo("FIELDS=bridgeTo");
	}

	@Test
	void aDestinationOnAnotherKindAnUnknownOneAndAMissingUnitComeBackTogether() throws Exception {
		String title = "Forkert " + this.tag;
		mvc.perform(course("INDIVIDUAL", "bridgeTo", "EDUCATION", "unitId", "").param("title", title))
			.andExpect(status().isOk())
			.andExpect(
					model().attributeHasFieldErrorCode("courseForm", "bridgeTo", "course.bridgeTo.onlyBridgeBuilding"))
			.andExpect(model().attributeHasFieldErrors("courseForm", "unitId"))
			.andExpect(content().string(containsString("value=\"" + title + "\"")))
			.andExpect(content().string(containsString("value=\"EDUCATION\" selected")))
			.andExpect(content().string(containsString("Vælg kun, hvad der blev bygget bro til")));
		mvc.perform(course("BRIDGE_BUILDING", "bridgeTo", "TOWN_HALL';--").param("title", title))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("courseForm", "bridgeTo"))
			.andExpect(content().string(not(containsString("TOWN_HALL';--\" selected"))));
		assertThat(jdbc.sql("select count(*) from course where title = ?").param(title).query(Long.class).single())
			.isZero();
	}

	private MockHttpServletRequestBuilder course(String kind, String... fields) {
		MockHttpServletRequestBuilder request = post("/courses").with(csrf())
			.param("kind", kind)
			.param("startsOn", TODAY.toString())
			.param("recipientNumbers", this.anna.number())
			.param("peerWorkerIds", String.valueOf(this.peerWorker));
		List<String> given = List.of(fields);
		if (!given.contains("unitId")) {
			request.param("unitId", String.valueOf(this.unit));
		}
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return request;
	}

	private String bridgeTo(long course) {
		return jdbc.sql("select bridge_to from course where id = ?").param(course).query(String.class).single();
	}

}
