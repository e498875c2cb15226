package dk.peerstoette.course;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dk.peerstoette.DateFields;
import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
import dk.peerstoette.TestProgramme.Recipient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@WithUserDetails("koordinator")
class CourseWebTest {

	private static final LocalDate TODAY = TestClock.today();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	CourseFixtures fixtures;

	String tag;

	long copenhagen;

	long unit;

	Recipient anna;

	Recipient bo;

	Recipient carl;

	Recipient aarhusRecipient;

	long peerWorker;

	long otherPeerWorker;

	@BeforeEach
	void createRecipientsAndPeerWorkers() {
		this.fixtures = new CourseFixtures(this.jdbc);
		this.tag = CourseFixtures.tag();
		this.copenhagen = this.fixtures.organisation(CourseFixtures.COPENHAGEN);
		this.unit = this.fixtures.unit(this.copenhagen);
		this.anna = this.fixtures.recipient(this.copenhagen, "Anna " + this.tag);
		this.bo = this.fixtures.recipient(this.copenhagen, "Bo " + this.tag);
		this.carl = this.fixtures.recipient(this.copenhagen, "Carl " + this.tag);
		this.aarhusRecipient = this.fixtures.recipient(this.fixtures.organisation(CourseFixtures.AARHUS),
				"Aarhus " + this.tag);
		this.peerWorker = this.fixtures.peerWorker(this.copenhagen, "Petra " + this.tag);
		this.otherPeerWorker = this.fixtures.peerWorker(this.copenhagen, "Poul " + this.tag);
	}

	@Nested
	class Create {

		@ParameterizedTest
		@EnumSource(CourseKind.class)
		void createsACourseOfEachKind(CourseKind kind) throws Exception {
			String title = "Course " + tag;
			long id = created(newCourse(kind, anna.number()).param("title", title)
				.param("modelId", String.valueOf(fixtures.model()))
				.param("dischargeOn", TODAY.plusMonths(1).toString())
				.param("goals", "At komme ud af lejligheden\nAt få en ven"));
			assertThat(jdbc
				.sql("select kind, title, organisation_id, unit_id, starts_on, discharge_on from course "
						+ "where id = ?")
				.param(id)
				.query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
						rs.getObject(5, LocalDate.class), String.valueOf(rs.getObject(6, LocalDate.class))))
				.single()).containsExactly(kind.name(), title, copenhagen, unit, TODAY,
						// The discharge date belongs to mentor courses only.
						(kind == CourseKind.MENTOR) ? TODAY.plusMonths(1).toString() : "null");
			assertThat(recipientsOf(id)).containsExactly(anna.id());
			assertThat(peerWorkersOf(id)).containsExactly(peerWorker);
			assertThat(fixtures.audited("koordinator", "CREATE", "SUCCESS", id)).isEqualTo(1);
			mvc.perform(get("/courses/{id}", id))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(title)))
				.andExpect(content().string(containsString(anna.alias() + " (" + anna.number() + ")")))
				.andExpect(content().string(containsString("href=\"/recipients/" + anna.id() + "\"")))
				.andExpect(content().string(containsString("href=\"/peers/" + peerWorker + "\"")))
				.andExpect(content().string(containsString("At komme ud af lejligheden")))
				.andExpect(content().string(containsString("Aktivt")));
		}

		@Test
		void aGroupCourseHasSeveralRecipientsAndPeerWorkers() throws Exception {
			long id = created(newCourse(CourseKind.GROUP,
					anna.number() + ", " + bo.number().toLowerCase() + "; " + carl.number() + " " + anna.number())
				.param("title", "Gruppe " + tag)
				.param("peerWorkerIds", String.valueOf(otherPeerWorker)));
			assertThat(recipientsOf(id)).containsExactlyInAnyOrder(anna.id(), bo.id(), carl.id());
			assertThat(peerWorkersOf(id)).containsExactlyInAnyOrder(peerWorker, otherPeerWorker);
			mvc.perform(get("/courses/{id}", id))
				.andExpect(content().string(containsString(anna.alias())))
				.andExpect(content().string(containsString(bo.alias())))
				.andExpect(content().string(containsString(carl.alias())))
				.andExpect(content().string(containsString("Poul " + tag)));
		}

		@Test
		void aRecipientsPageCanStartACourseForThem() throws Exception {
			mvc.perform(get("/courses/new").param("recipientId", String.valueOf(anna.id())))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("value=\"" + anna.number() + "\"")))
				.andExpect(content().string(containsString(anna.alias())))
				.andExpect(content().string(containsString("Petra " + tag)));
			// Another organisation's recipient is not filled in, nor named.
			mvc.perform(get("/courses/new").param("recipientId", String.valueOf(aarhusRecipient.id())))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(aarhusRecipient.number()))))
				.andExpect(content().string(not(containsString(aarhusRecipient.alias()))));
		}

		@Test
		@WithUserDetails("peer")
		void aPeerWorkerCannotCreateCourses() throws Exception {
			mvc.perform(get("/courses/new")).andExpect(status().isForbidden());
			mvc.perform(newCourse(CourseKind.INDIVIDUAL, anna.number()).param("title", "Peer " + tag))
				.andExpect(status().isForbidden());
			assertThat(coursesTitled("Peer " + tag)).isZero();
		}

		@Test
		@WithUserDetails("leder")
		void aManagerCannotCreateCourses() throws Exception {
			mvc.perform(get("/courses/new")).andExpect(status().isForbidden());
			mvc.perform(newCourse(CourseKind.INDIVIDUAL, anna.number()).param("title", "Leder " + tag))
				.andExpect(status().isForbidden());
			assertThat(coursesTitled("Leder " + tag)).isZero();
		}

	}

	@Nested
	class Validation {

		@Test
		void aCourseNeedsARecipient() throws Exception {
			refused(newCourse(CourseKind.INDIVIDUAL, "  "), "recipientNumbers", "course.recipients.required")
				.andExpect(content().string(containsString("Angiv mindst én modtager")));
		}

		@Test
		void anUnknownNumberIsNamedAndEverythingTypedIsKept() throws Exception {
			String typed = anna.number() + ", T-NOSUCH1";
			refused(newCourse(CourseKind.GROUP, typed).param("goals", "Mine egne ord " + tag), "recipientNumbers",
					"course.recipients.unknown")
				.andExpect(content().string(containsString("har nummeret: T-NOSUCH1")))
				.andExpect(content().string(containsString("value=\"" + typed + "\"")))
				.andExpect(content().string(containsString("Mine egne ord " + tag)))
				.andExpect(content().string(containsString("value=\"" + DateFields.danish(TODAY) + "\"")))
				// The numbers that were found are shown.
				.andExpect(content().string(containsString(anna.alias() + " (" + anna.number() + ")")))
				.andExpect(content().string(containsString("id=\"recipientNumbers-error\"")));
		}

		@Test
		void anotherOrganisationsRecipientIsAsUnknownAsOneThatDoesNotExist() throws Exception {
			refused(newCourse(CourseKind.INDIVIDUAL, aarhusRecipient.number()), "recipientNumbers",
					"course.recipients.unknown")
				.andExpect(content().string(not(containsString(aarhusRecipient.alias()))));
		}

		@Test
		void onlyAGroupCourseHasMoreThanOneRecipient() throws Exception {
			for (CourseKind kind : List.of(CourseKind.INDIVIDUAL, CourseKind.MENTOR, CourseKind.BRIDGE_BUILDING)) {
				refused(newCourse(kind, anna.number() + ", " + bo.number()), "recipientNumbers",
						"course.recipients.exactlyOne");
			}
		}

		@Test
		void anEndDateNeedsAReasonAndAReasonAnEndDate() throws Exception {
			refused(newCourse(CourseKind.INDIVIDUAL, anna.number()).param("endedOn", TODAY.toString()), "endReasonId",
					"course.endReason.required");
			refused(newCourse(CourseKind.INDIVIDUAL, anna.number()).param("endReasonId",
					String.valueOf(fixtures.endReason("COMPLETED"))), "endReasonId", "course.endReason.onlyWhenEnded");
		}

		@Test
		void endsCannotComeBeforeTheStart() throws Exception {
			refused(newCourse(CourseKind.INDIVIDUAL, anna.number()).param("endedOn", TODAY.minusDays(1).toString())
				.param("endReasonId", String.valueOf(fixtures.endReason("COMPLETED"))), "endedOn",
					"course.endedOn.beforeStart")
				.andExpect(content().string(containsString("value=\"" + DateFields.danish(TODAY.minusDays(1)) + "\"")));
			refused(newCourse(CourseKind.INDIVIDUAL, anna.number()).param("plannedEndOn",
					TODAY.minusDays(1).toString()), "plannedEndOn", "course.plannedEndOn.beforeStart");
		}

		@Test
		void aPeerWorkerUnitAndModelMustBeActiveAndOfTheOrganisation() throws Exception {
			long aarhus = fixtures.organisation(CourseFixtures.AARHUS);
			long aarhusPeer = fixtures.peerWorker(aarhus, "Aarhus peer " + tag);
			refused(post("/courses").with(csrf())
				.param("kind", "INDIVIDUAL")
				.param("unitId", String.valueOf(fixtures.unit(aarhus)))
				.param("startsOn", TODAY.toString())
				.param("recipientNumbers", anna.number())
				.param("peerWorkerIds", String.valueOf(aarhusPeer))
				.param("modelId", "987654321"), "unitId", "course.unit.unknown")
				.andExpect(
						model().attributeHasFieldErrorCode("courseForm", "peerWorkerIds", "course.peerWorkers.unknown"))
				.andExpect(model().attributeHasFieldErrorCode("courseForm", "modelId", "course.model.unknown"));
			refused(post("/courses").with(csrf())
				.param("kind", "INDIVIDUAL")
				.param("unitId", String.valueOf(unit))
				.param("startsOn", TODAY.toString())
				.param("recipientNumbers", anna.number()), "peerWorkerIds", "course.peerWorkers.required");
		}

		@Test
		void missingFieldsAndTheServicesRulesAreReportedTogether() throws Exception {
			refused(post("/courses").with(csrf())
				.param("startsOn", "not a date")
				.param("recipientNumbers", "T-NOSUCH2")
				.param("peerWorkerIds", String.valueOf(peerWorker)), "kind", "NotNull")
				.andExpect(model().attributeHasFieldErrorCode("courseForm", "unitId", "NotNull"))
				.andExpect(model().attributeHasFieldErrorCode("courseForm", "startsOn", "typeMismatch"))
				.andExpect(model().attributeHasFieldErrorCode("courseForm", "recipientNumbers",
						"course.recipients.unknown"))
				.andExpect(content().string(containsString("value=\"not a date\"")));
		}

		@Test
		void goalsThatLookLikeTheyHoldACprNumberComeBackWithAWarningUntilConfirmed() throws Exception {
			String goals = "Mine egne ord " + tag + "\nCPR 010190/1234";
			refused(newCourse(CourseKind.INDIVIDUAL, anna.number()).param("goals", goals), "goals", "form.cprLike")
				.andExpect(content().string(containsString("Det ligner et CPR-nummer.")))
				.andExpect(content().string(containsString(goals + "</textarea>")))
				.andExpect(content().string(containsString("name=\"cprConfirmed\"")));
			long id = created(newCourse(CourseKind.INDIVIDUAL, anna.number()).param("title", "Confirmed " + tag)
				.param("goals", goals)
				.param("cprConfirmed", "true"));
			assertThat(jdbc.sql("select goals from course where id = ?").param(id).query(String.class).single())
				.isEqualTo(goals);
		}

		private org.springframework.test.web.servlet.ResultActions refused(MockHttpServletRequestBuilder request,
				String field, String code) throws Exception {
			String title = "Refused " + CourseFixtures.tag();
			org.springframework.test.web.servlet.ResultActions result = mvc.perform(request.param("title", title))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("courseForm", field, code))
				.andExpect(content().string(containsString("value=\"" + title + "\"")))
				.andExpect(content().string(containsString("aria-invalid=\"true\"")));
			assertThat(coursesTitled(title)).as("nothing saved").isZero();
			return result;
		}

	}

	@Nested
	class TheMentorRule {

		@Test
		void aMentorCourseThatBreaksTheRuleIsSavedWithAWarning() throws Exception {
			// Starts four months before discharge, planned to last five months.
			LocalDate discharge = TODAY.plusMonths(4);
			MvcResult result = mvc
				.perform(newCourse(CourseKind.MENTOR, anna.number()).param("dischargeOn", discharge.toString())
					.param("plannedEndOn", TODAY.plusMonths(5).toString()))
				.andExpect(redirectedUrlPattern("/courses/*"))
				.andExpect(flash().attribute("success", "course.createdBreaksMentorRule"))
				.andReturn();
			mvc.perform(
					get(result.getResponse().getRedirectedUrl()).flashAttr("success", "course.createdBreaksMentorRule"))
				.andExpect(content().string(containsString("men bryder mentorreglen")))
				.andExpect(content().string(containsString("id=\"mentor-rule-warning\"")))
				.andExpect(content().string(containsString("mere end 3 måneder før udskrivningsdatoen")))
				.andExpect(content().string(containsString("mindre end 6 måneder i alt")));
		}

		@Test
		void aMentorCourseWithoutAPlannedEndIsWarnedAbout() throws Exception {
			long id = created(newCourse(CourseKind.MENTOR, anna.number()), "course.createdBreaksMentorRule");
			mvc.perform(get("/courses/{id}", id))
				.andExpect(content().string(containsString("ingen planlagt afslutning")));
		}

		@Test
		void aMentorCourseOnTheEdgesOfTheRuleIsFine() throws Exception {
			long id = created(
					newCourse(CourseKind.MENTOR, anna.number()).param("dischargeOn", TODAY.plusMonths(3).toString())
						.param("plannedEndOn", TODAY.plusMonths(6).toString()),
					"course.created");
			mvc.perform(get("/courses/{id}", id))
				.andExpect(content().string(not(containsString("id=\"mentor-rule-warning\""))));
		}

		@Test
		void theRuleFilterListsExactlyTheMentorCoursesThatBreakIt() throws Exception {
			LocalDate start = LocalDate.of(2024, 3, 1);
			List<Long> recipients = List.of(anna.id());
			List<Long> peers = List.of(peerWorker);
			String title = "Mentor " + tag;
			long startsTooEarly = fixtures.course(copenhagen, CourseKind.MENTOR, title, start, start.plusMonths(9),
					null, start.plusMonths(3).plusDays(1), recipients, peers);
			long tooShort = fixtures.course(copenhagen, CourseKind.MENTOR, title, start,
					start.plusMonths(6).minusDays(1), null, null, recipients, peers);
			long endedTooEarly = fixtures.course(copenhagen, CourseKind.MENTOR, title, start, start.plusMonths(12),
					start.plusMonths(2), null, recipients, peers);
			long noPlannedEnd = fixtures.course(copenhagen, CourseKind.MENTOR, title, start, null, null, null,
					recipients, peers);
			// Within the rule: exactly 3 months before discharge, exactly 6 months long.
			fixtures.course(copenhagen, CourseKind.MENTOR, title, start, start.plusMonths(6), null, start.plusMonths(3),
					recipients, peers);
			fixtures.course(copenhagen, CourseKind.MENTOR, title, start, start.plusMonths(2), start.plusMonths(7),
					start.plusMonths(1), recipients, peers);
			// Not a mentor course, however short.
			fixtures.course(copenhagen, CourseKind.INDIVIDUAL, title, start, start.plusDays(1), null, null, recipients,
					peers);
			MvcResult result = mvc
				.perform(get("/courses").param("rule", "mentor").param("q", title).param("size", "50"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Forløb, der bryder mentorreglen")))
				.andReturn();
			assertThat(ids(result)).containsExactlyInAnyOrder(startsTooEarly, tooShort, endedTooEarly, noPlannedEnd);
			assertThat(jdbc.sql("select count(*) from course c where c.title = ? and " + MentorRule.BROKEN_SQL)
				.param(title)
				.query(Integer.class)
				.single()).as("the SQL and the Java rule agree").isEqualTo(4);
		}

	}

	@Nested
	class Listing {

		long planned;

		long active;

		long ended;

		long group;

		long inOtherUnit;

		@BeforeEach
		void courses() {
			long otherUnit = fixtures.units(copenhagen).get(1);
			List<Long> peers = List.of(peerWorker);
			planned = fixtures.course(copenhagen, CourseKind.INDIVIDUAL, "List " + tag, TODAY.plusDays(10), null, null,
					null, List.of(anna.id()), peers);
			active = fixtures.course(copenhagen, CourseKind.BRIDGE_BUILDING, "List " + tag, TODAY.minusDays(30), null,
					null, null, List.of(bo.id()), List.of(otherPeerWorker));
			ended = fixtures.course(copenhagen, CourseKind.MENTOR, "List " + tag, TODAY.minusDays(300),
					TODAY.minusDays(10), TODAY.minusDays(5), null, List.of(carl.id()), peers);
			group = fixtures.course(copenhagen, CourseKind.GROUP, "List " + tag, TODAY.minusDays(60), null, null, null,
					List.of(anna.id(), bo.id(), carl.id()), peers);
			inOtherUnit = fixtures.course(copenhagen, otherUnit, CourseKind.INDIVIDUAL, "List " + tag,
					TODAY.minusDays(90), null, null, null, List.of(anna.id()), peers);
		}

		@Test
		void searchesByTitleAndByRecipientAliasOrNumber() throws Exception {
			assertThat(ids(list("q", "list " + tag.toLowerCase()))).containsExactlyInAnyOrder(planned, active, ended,
					group, inOtherUnit);
			assertThat(ids(list("q", "bo " + tag))).containsExactlyInAnyOrder(active, group);
			assertThat(ids(list("q", carl.number().toLowerCase()))).containsExactlyInAnyOrder(ended, group);
			assertThat(ids(list("q", "%" + tag))).isEmpty();
		}

		@Test
		void filtersByStatusKindUnitAndPeerWorker() throws Exception {
			String q = "List " + tag;
			assertThat(ids(list("q", q, "status", "PLANNED"))).containsExactly(planned);
			assertThat(ids(list("q", q, "status", "ACTIVE"))).containsExactlyInAnyOrder(active, group, inOtherUnit);
			assertThat(ids(list("q", q, "status", "ENDED"))).containsExactly(ended);
			assertThat(ids(list("q", q, "kind", "GROUP"))).containsExactly(group);
			assertThat(ids(list("q", q, "unit", String.valueOf(fixtures.units(copenhagen).get(1)))))
				.containsExactly(inOtherUnit);
			assertThat(ids(list("q", q, "peer", String.valueOf(otherPeerWorker)))).containsExactly(active);
			assertThat(ids(list("q", q, "kind", "INDIVIDUAL", "status", "ACTIVE"))).containsExactly(inOtherUnit);
		}

		@Test
		void sortsByStartKindAndStatusAndIgnoresUnofferedKeys() throws Exception {
			String q = "List " + tag;
			assertThat(ids(list("q", q, "sort", "start,asc"))).containsExactly(ended, inOtherUnit, group, active,
					planned);
			assertThat(ids(list("q", q, "sort", "start,desc"))).containsExactly(planned, active, group, inOtherUnit,
					ended);
			// Planned, then active, then ended; by start within each.
			assertThat(ids(list("q", q, "sort", "status,asc"))).containsExactly(planned, inOtherUnit, group, active,
					ended);
			assertThat(ids(list("q", q, "sort", "kind,asc")).get(0)).isEqualTo(active);
			mvc.perform(get("/courses").param("sort", "goals;drop table course,asc")).andExpect(status().isOk());
		}

		@Test
		void pagesKeepTheFiltersAndShowACount() throws Exception {
			MvcResult first = list("q", "List " + tag, "size", "2", "sort", "start,asc");
			assertThat(page(first).getTotalElements()).isEqualTo(5);
			assertThat(page(first).getTotalPages()).isEqualTo(3);
			assertThat(first.getResponse().getContentAsString()).contains("5 fundet")
				.contains("page=1\"")
				.contains("Anna " + tag + " (" + anna.number() + ")");
			assertThat(ids(list("q", "List " + tag, "size", "2", "sort", "start,asc", "page", "2")))
				.containsExactly(planned);
		}

		@Test
		void anEmptyListTellsACoordinatorToCreateACourse() throws Exception {
			mvc.perform(get("/courses").param("q", "nothing " + tag))
				.andExpect(content().string(containsString("opret et nyt forløb")))
				.andExpect(content().string(containsString("href=\"/courses/new\"")));
		}

		@Test
		void everySearchIsAudited() throws Exception {
			list("q", "List " + tag, "kind", "GROUP");
			assertThat(jdbc
				.sql("select detail from audit_event where actor_username = 'koordinator' "
						+ "and entity_type = 'COURSE' and action = 'SEARCH' order by id desc limit 1")
				.query(String.class)
				.single()).isEqualTo("RESULTS=1");
		}

		private MvcResult list(String... params) throws Exception {
			MockHttpServletRequestBuilder request = get("/courses");
			for (int i = 0; i < params.length; i += 2) {
				request.param(params[i], params[i + 1]);
			}
			return mvc.perform(request).andExpect(status().isOk()).andReturn();
		}

	}

	@Nested
	class Edit {

		long id;

		@BeforeEach
		void course() {
			id = fixtures.course(copenhagen, CourseKind.INDIVIDUAL, "Edit " + tag, TODAY, null, null, null,
					List.of(anna.id()), List.of(peerWorker));
		}

		@Test
		void theFormShowsTheCourseAsStored() throws Exception {
			mvc.perform(get("/courses/{id}/edit", id))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("value=\"" + anna.number() + "\"")))
				.andExpect(content().string(containsString("value=\"Edit " + tag + "\"")))
				.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
			assertThat(jdbc
				.sql("select count(*) from audit_event where entity_type = 'COURSE' and entity_id = ? "
						+ "and action = 'READ' and detail = 'VIEW=EDIT'")
				.param(String.valueOf(id))
				.query(Integer.class)
				.single()).isEqualTo(1);
		}

		@Test
		void endsACourseWithAReason() throws Exception {
			mvc.perform(edit("endedOn", TODAY.toString(), "endReasonId", String.valueOf(fixtures.endReason("MOVED"))))
				.andExpect(redirectedUrl("/courses/" + id))
				.andExpect(flash().attribute("success", "course.saved"));
			mvc.perform(get("/courses/{id}", id))
				.andExpect(content().string(containsString("Afsluttet")))
				.andExpect(content().string(containsString("Borgeren er flyttet")));
			assertThat(jdbc
				.sql("select detail from audit_event where entity_type = 'COURSE' and entity_id = ? "
						+ "and action = 'UPDATE'")
				.param(String.valueOf(id))
				.query(String.class)
				.single()).isEqualTo("FIELDS=endedOn,endReason");
		}

		@Test
		void changesRecipientsAndPeerWorkers() throws Exception {
			mvc.perform(edit("kind", "GROUP", "recipientNumbers", bo.number() + ", " + carl.number(), "peerWorkerIds",
					peerWorker + "," + otherPeerWorker))
				.andExpect(status().isFound());
			assertThat(recipientsOf(id)).containsExactlyInAnyOrder(bo.id(), carl.id());
			assertThat(peerWorkersOf(id)).containsExactlyInAnyOrder(peerWorker, otherPeerWorker);
		}

		@Test
		void makingItABreakingMentorCourseSaysSo() throws Exception {
			mvc.perform(edit("kind", "MENTOR", "plannedEndOn", TODAY.plusMonths(2).toString()))
				.andExpect(flash().attribute("success", "course.savedBreaksMentorRule"));
		}

		@Test
		void aPeerWorkerWhoHasEndedStaysOnTheCourseButCannotBeAdded() throws Exception {
			long another = fixtures.course(copenhagen, CourseKind.INDIVIDUAL, null, TODAY, null, null, null,
					List.of(bo.id()), List.of(otherPeerWorker));
			jdbc.sql("update peer_worker set ends_on = current_date - 1 where id = ?").param(peerWorker).update();
			mvc.perform(get("/courses/{id}/edit", id)).andExpect(content().string(containsString("Petra " + tag)));
			mvc.perform(edit("goals", "Kept " + tag)).andExpect(status().isFound());
			mvc.perform(post("/courses/{id}/edit", another).with(csrf())
				.param("kind", "INDIVIDUAL")
				.param("unitId", String.valueOf(unit))
				.param("startsOn", TODAY.toString())
				.param("recipientNumbers", bo.number())
				.param("peerWorkerIds", String.valueOf(peerWorker))
				.param("version", "0"))
				.andExpect(model().attributeHasFieldErrorCode("courseForm", "peerWorkerIds",
						"course.peerWorkers.unknown"));
		}

		@Test
		void savingOverSomeoneElsesNewerChangeIsRefusedAndNothingIsOverwritten() throws Exception {
			mvc.perform(edit("title", "First " + tag)).andExpect(status().isFound());
			mvc.perform(edit("title", "Second " + tag, "goals", "Typed " + tag))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasErrors("courseForm"))
				.andExpect(content().string(containsString("En anden har gemt ændringer")))
				.andExpect(content().string(containsString("value=\"Second " + tag + "\"")))
				.andExpect(content().string(containsString("Typed " + tag)));
			assertThat(jdbc.sql("select title from course where id = ?").param(id).query(String.class).single())
				.isEqualTo("First " + tag);
		}

		@Test
		void aBadChangeSavesNothing() throws Exception {
			mvc.perform(edit("title", "Bad " + tag, "recipientNumbers", bo.number() + ", " + carl.number()))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("courseForm", "recipientNumbers",
						"course.recipients.exactlyOne"));
			assertThat(jdbc.sql("select title from course where id = ?").param(id).query(String.class).single())
				.isEqualTo("Edit " + tag);
			assertThat(recipientsOf(id)).containsExactly(anna.id());
		}

		@Test
		@WithUserDetails("peer")
		void aPeerWorkerCannotChangeACourse() throws Exception {
			mvc.perform(get("/courses/{id}/edit", id)).andExpect(status().isForbidden());
			mvc.perform(edit("title", "Peer " + tag)).andExpect(status().isForbidden());
			assertThat(jdbc.sql("select title from course where id = ?").param(id).query(String.class).single())
				.isEqualTo("Edit " + tag);
		}

		@Test
		@WithUserDetails("koordinator.aarhus")
		void anotherOrganisationsCoordinatorGets404() throws Exception {
			mvc.perform(get("/courses/{id}/edit", id)).andExpect(status().isNotFound());
			mvc.perform(edit("title", "Aarhus " + tag)).andExpect(status().isNotFound());
			assertThat(jdbc.sql("select title from course where id = ?").param(id).query(String.class).single())
				.isEqualTo("Edit " + tag);
			assertThat(fixtures.audited("koordinator.aarhus", "UPDATE", "DENIED", id)).isEqualTo(1);
		}

		/** The course as stored, with some fields changed: name, value, name, value... */
		private MockHttpServletRequestBuilder edit(String... changes) {
			Map<String, String> fields = new LinkedHashMap<>();
			fields.put("kind", "INDIVIDUAL");
			fields.put("title", "Edit " + tag);
			fields.put("unitId", String.valueOf(unit));
			fields.put("startsOn", TODAY.toString());
			fields.put("recipientNumbers", anna.number());
			fields.put("peerWorkerIds", String.valueOf(peerWorker));
			fields.put("version", "0");
			for (int i = 0; i < changes.length; i += 2) {
				fields.put(changes[i], changes[i + 1]);
			}
			MockHttpServletRequestBuilder request = post("/courses/{id}/edit", id).with(csrf());
			fields.forEach(request::param);
			return request;
		}

	}

	private MockHttpServletRequestBuilder newCourse(CourseKind kind, String numbers) {
		return post("/courses").with(csrf())
			.param("kind", kind.name())
			.param("unitId", String.valueOf(this.unit))
			.param("startsOn", TODAY.toString())
			.param("recipientNumbers", numbers)
			.param("peerWorkerIds", String.valueOf(this.peerWorker));
	}

	private long created(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request)
			.andExpect(redirectedUrlPattern("/courses/*"))
			.andExpect(flash().attributeExists("success"))
			.andReturn();
		return Long.parseLong(result.getResponse().getRedirectedUrl().replace("/courses/", ""));
	}

	private long created(MockHttpServletRequestBuilder request, String flash) throws Exception {
		MvcResult result = this.mvc.perform(request)
			.andExpect(redirectedUrlPattern("/courses/*"))
			.andExpect(flash().attribute("success", flash))
			.andReturn();
		return Long.parseLong(result.getResponse().getRedirectedUrl().replace("/courses/", ""));
	}

	private Set<Long> recipientsOf(long courseId) {
		return Set.copyOf(this.jdbc.sql("select recipient_id from course_recipient where course_id = ?")
			.param(courseId)
			.query(Long.class)
			.list());
	}

	private Set<Long> peerWorkersOf(long courseId) {
		return Set.copyOf(this.jdbc.sql("select peer_worker_id from course_peer where course_id = ?")
			.param(courseId)
			.query(Long.class)
			.list());
	}

	private int coursesTitled(String title) {
		return this.jdbc.sql("select count(*) from course where title = ?").param(title).query(Integer.class).single();
	}

	@SuppressWarnings("unchecked")
	static Page<CourseRow> page(MvcResult result) {
		return (Page<CourseRow>) result.getModelAndView().getModel().get("page");
	}

	static List<Long> ids(MvcResult result) {
		return page(result).getContent().stream().map(CourseRow::id).collect(Collectors.toList());
	}

}
