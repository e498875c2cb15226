package dk.peerstoette;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dk.peerstoette.TestProgramme.Recipient;
import dk.peerstoette.audit.AuditEntry;
import dk.peerstoette.audit.AuditLog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 13, item 3: the one search of every form that picks a recipient
 * ({@code /recipients/search}) or a course ({@code /courses/search}). Each answers only
 * what the user may see — a coordinator's organisation, a peer worker's own courses —
 * with labels that tell the answers apart, writes the search text and what it offered to
 * the access log, and refuses the administrator and the manager, who never see
 * recipients.
 */
@IntegrationTest
class SearchWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AuditLog auditLog;

	AuditTrail audit;

	@BeforeEach
	void readTheAuditTrail() {
		this.audit = new AuditTrail(this.jdbc, this.auditLog);
	}

	TestProgramme programme;

	String tag;

	long copenhagen;

	long peer;

	/** In a course of the demo peer worker. */
	Recipient assigned;

	long assignedCourse;

	/** Of the same organisation, in another peer worker's group course. */
	Recipient other;

	long groupCourse;

	/** Of another organisation, with the same tag. */
	Recipient aarhus;

	long aarhusCourse;

	@BeforeEach
	void recipientsWithTheSameTagInTwoOrganisations() {
		this.programme = new TestProgramme(this.jdbc);
		this.tag = TestProgramme.tag();
		this.copenhagen = this.programme.organisation(TestProgramme.COPENHAGEN);
		this.peer = this.programme.peerWorkerOfUser("peer", this.copenhagen);
		this.assigned = this.programme.recipient(this.copenhagen, "Anna " + this.tag);
		this.assignedCourse = this.programme.course(this.copenhagen, this.assigned.id(), this.peer);
		this.other = this.programme.recipient(this.copenhagen, "Bo " + this.tag);
		this.groupCourse = this.programme.course(this.copenhagen, this.other.id(),
				this.programme.peerWorker(this.copenhagen, "Someone " + this.tag));
		this.jdbc.sql("update course set kind = 'GROUP', title = ? where id = ?")
			.params("Gruppe " + this.tag, this.groupCourse)
			.update();
		long aarhusOrganisation = this.programme.organisation(TestProgramme.AARHUS);
		this.aarhus = this.programme.recipient(aarhusOrganisation, "Anna " + this.tag);
		this.aarhusCourse = this.programme.course(aarhusOrganisation, this.aarhus.id(),
				this.programme.peerWorker(aarhusOrganisation, "Other " + this.tag));
	}

	@Nested
	class Recipients {

		@Test
		void aCoordinatorFindsTheOrganisationsRecipientsByAliasOrNumberWithUnitAndCourse() throws Exception {
			String json = json(get("/recipients/search").param("q", tag.toLowerCase(Locale.ROOT)), "koordinator");
			assertThat(ids(json)).containsExactly(assigned.id(), other.id());
			assertThat(json).doesNotContain(aarhus.number());
			List<String> labels = JsonPath.read(json, "$[*].label");
			assertThat(labels).containsExactly(assigned.label(), other.label());
			String detail = JsonPath.read(json, "$[0].detail");
			assertThat(detail).contains(unitName(copenhagen), "Individuelt peer-forløb",
					DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
						.withLocale(Locale.forLanguageTag("da"))
						.format(TestClock.today().minusDays(30)));
			assertThat(ids(json(get("/recipients/search").param("q", other.number()), "koordinator")))
				.containsExactly(other.id());
			// A LIKE wildcard is a character like any other.
			assertThat(ids(json(get("/recipients/search").param("q", "%%"), "koordinator"))).isEmpty();
		}

		@Test
		void aPeerWorkerFindsOnlyTheRecipientsOfTheirOwnCourses() throws Exception {
			assertThat(ids(json(get("/recipients/search").param("q", tag), "peer"))).containsExactly(assigned.id());
		}

		@Test
		void theSearchIsWrittenToTheAccessLogWithItsTextAndWhomItOffered() throws Exception {
			long before = audit.lastId();
			json(get("/recipients/search").param("q", tag).param("consent", "REGISTRATION"), "koordinator");
			AuditEntry entry = audit.newestSearch("koordinator", "RECIPIENT", before);
			assertThat(entry.criteria()).isEqualTo("{\"q\": \"" + tag + "\", \"consent\": \"REGISTRATION\"}");
			assertThat(entry.detail()).isEqualTo("RESULTS=2;VIA=SEARCH_BOX");
			assertThat(audit.shown(entry.id(), "RECIPIENT")).containsExactly(assigned.id(), other.id());
		}

		@Test
		void aRecipientWithoutTheConsentTheFormNeedsIsFlagged() throws Exception {
			jdbc.sql(
					"insert into consent (recipient_id, kind, given_on, method) values (?, 'REGISTRATION', ?, 'WRITTEN')")
				.params(assigned.id(), TestClock.today().minusDays(3))
				.update();
			String json = json(get("/recipients/search").param("q", tag).param("consent", "REGISTRATION"),
					"koordinator");
			List<Boolean> flags = JsonPath.read(json, "$[*].flagged");
			assertThat(flags).containsExactly(false, true);
		}

		@Test
		void lessThanTwoCharactersFindNothing() throws Exception {
			long before = audit.lastId();
			assertThat(ids(json(get("/recipients/search").param("q", " a "), "koordinator"))).isEmpty();
			assertThat(audit.lastId()).isEqualTo(before);
		}

		@ParameterizedTest
		@ValueSource(strings = { "admin", "leder" })
		void anAdministratorOrAManagerIsRefusedAndTheRefusalIsAudited(String username) throws Exception {
			long before = audit.lastId();
			String answer = mvc.perform(get("/recipients/search").param("q", assigned.number()).with(as(username)))
				.andExpect(status().isForbidden())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(answer).doesNotContain(assigned.alias());
			assertThat(refusals(username, "RECIPIENT", before)).isEqualTo(1);
		}

	}

	@Nested
	class Courses {

		@Test
		void aCoordinatorFindsACourseByPartOfARecipientsAlias() throws Exception {
			String json = json(get("/courses/search").param("q", "anna " + tag.toLowerCase(Locale.ROOT)),
					"koordinator");
			assertThat(ids(json)).containsExactly(assignedCourse);
			String label = JsonPath.read(json, "$[0].label");
			assertThat(label).isEqualTo("Individuelt peer-forløb: " + assigned.label());
			String detail = JsonPath.read(json, "$[0].detail");
			assertThat(detail).startsWith(unitName(copenhagen) + " · startet ");
			assertThat(json).doesNotContain(aarhus.number());
			// In English too.
			String english = json(get("/courses/search").param("q", tag).param("lang", "en"), "koordinator");
			assertThat(english).contains("Individual peer course: " + assigned.label(),
					"Group course – Gruppe " + tag + ": " + other.label(), " · started ");
		}

		@Test
		void aPeerWorkerFindsOnlyTheirOwnCourses() throws Exception {
			assertThat(ids(json(get("/courses/search").param("q", tag), "peer"))).containsExactly(assignedCourse);
		}

		@Test
		void theFormsAskForGroupCoursesOrCoursesThatHaveStarted() throws Exception {
			assertThat(ids(json(get("/courses/search").param("q", tag).param("group", "true"), "koordinator")))
				.containsExactly(groupCourse);
			jdbc.sql("update course set starts_on = ? where id = ?")
				.params(TestClock.today().plusDays(1), groupCourse)
				.update();
			assertThat(ids(json(get("/courses/search").param("q", tag).param("started", "true"), "koordinator")))
				.containsExactly(assignedCourse);
			assertThat(ids(json(get("/courses/search").param("q", tag), "koordinator"))).contains(groupCourse);
		}

		@Test
		void theSearchIsWrittenToTheAccessLogWithItsCriteriaAndTheCoursesAndRecipientsItOffered() throws Exception {
			long before = audit.lastId();
			json(get("/courses/search").param("q", tag).param("group", "true").param("started", "true"), "koordinator");
			AuditEntry entry = audit.newestSearch("koordinator", "COURSE", before);
			assertThat(entry.criteria()).isEqualTo("{\"q\": \"" + tag + "\", \"kind\": \"GROUP\", \"started\": true}");
			assertThat(entry.detail()).isEqualTo("RESULTS=1;VIA=SEARCH_BOX");
			assertThat(audit.shown(entry.id(), "COURSE")).containsExactly(groupCourse);
			assertThat(audit.shown(entry.id(), "RECIPIENT")).containsExactly(other.id());
		}

		@ParameterizedTest
		@ValueSource(strings = { "admin", "leder" })
		void anAdministratorOrAManagerIsRefusedAndTheRefusalIsAudited(String username) throws Exception {
			long before = audit.lastId();
			String answer = mvc.perform(get("/courses/search").param("q", tag).with(as(username)))
				.andExpect(status().isForbidden())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(answer).doesNotContain(assigned.alias());
			assertThat(refusals(username, "COURSE", before)).isEqualTo(1);
		}

	}

	private String json(MockHttpServletRequestBuilder request, String username) throws Exception {
		return mvc.perform(request.with(as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static List<Long> ids(String json) {
		List<Number> ids = JsonPath.read(json, "$[*].id");
		return ids.stream().map(Number::longValue).toList();
	}

	private String unitName(long organisationId) {
		return jdbc.sql("select name from unit where id = ?")
			.param(programme.unit(organisationId))
			.query(String.class)
			.single();
	}

	private int refusals(String username, String entityType, long after) {
		return jdbc.sql("""
				select count(*) from audit_event
				where id > ? and actor_username = ? and action = 'SEARCH' and entity_type = ?
				  and outcome = 'DENIED' and detail = 'REASON=ROLE'
				""").params(after, username, entityType).query(Integer.class).single();
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

}
