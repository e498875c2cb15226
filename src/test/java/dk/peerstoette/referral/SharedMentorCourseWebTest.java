package dk.peerstoette.referral;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
import dk.peerstoette.TestProgramme.Recipient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

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
 * A mentor course shared by the region's ward and København: the ward hands its mentor
 * course over with the referral, København's mentor course started from the waiting place
 * continues it, the mentor rule is checked over both parts, each side sees the other
 * part's place and dates only while the consent to sharing holds, and nothing else
 * crosses over.
 */
@IntegrationTest
class SharedMentorCourseWebTest {

	private static final LocalDate TODAY = TestClock.today();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	ReferralFixtures data;

	String tag;

	long region;

	long ward;

	long copenhagen;

	long copenhagenUnit;

	Recipient patient;

	long wardCourse;

	@BeforeEach
	void wardCourse() {
		this.data = new ReferralFixtures(this.jdbc, this.users);
		this.tag = ReferralFixtures.tag();
		this.region = this.data.organisation(ReferralFixtures.REGION);
		this.ward = this.data.unit(this.region);
		this.copenhagen = this.data.organisation(ReferralFixtures.COPENHAGEN);
		this.copenhagenUnit = this.data.unit(this.copenhagen);
		this.patient = this.data.recipient(this.region, "Jonas " + this.tag);
		this.data.sharing(this.patient.id(), this.copenhagen, TODAY.minusDays(3));
		// Started two months before discharge, planned to end with it: too short alone.
		this.wardCourse = mentorCourse(this.region, this.ward, this.patient.id(),
				this.data.peerWorker(this.region, "Mette " + this.tag), TODAY.minusDays(60), TODAY);
		this.jdbc.sql("update course set discharge_on = ? where id = ?")
			.params(TODAY.plusDays(1), this.wardCourse)
			.update();
	}

	@Test
	void theMunicipalitysMentorCourseContinuesTheWardsAndTheRuleHoldsOverBoth() throws Exception {
		this.mvc.perform(get("/courses/{id}", this.wardCourse).with(this.data.as("koordinator.region")))
			.andExpect(content().string(containsString("id=\"mentor-rule-warning\"")));
		this.mvc
			.perform(get("/referrals/new").param("recipientId", String.valueOf(this.patient.id()))
				.with(this.data.as("koordinator.region")))
			.andExpect(content().string(containsString("value=\"" + this.wardCourse + "\"")));
		long referral = refer(this.patient.id(), this.wardCourse);
		assertThat(
				this.jdbc.sql("select course_id from referral where id = ?").param(referral).query(Long.class).single())
			.isEqualTo(this.wardCourse);

		long entry = accept(referral);
		MvcResult registered = this.mvc
			.perform(post("/waiting-list/{id}/register", entry).with(csrf())
				.with(this.data.as("koordinator"))
				.param("consentGivenOn", TODAY.toString())
				.param("consentMethod", "WRITTEN"))
			.andExpect(redirectedUrlPattern("/courses/new?recipientId=*&unitId=*&kind=MENTOR"))
			.andReturn();
		this.mvc.perform(get("/waiting-list").with(this.data.as("koordinator"))).andExpect(status().isOk());
		long citizen = this.jdbc.sql("select recipient_id from waiting_entry where id = ?")
			.param(entry)
			.query(Long.class)
			.single();
		String number = this.jdbc.sql("select internal_number from recipient where id = ?")
			.param(citizen)
			.query(String.class)
			.single();
		assertThat(registered.getResponse().getRedirectedUrl()).contains("recipientId=" + citizen);
		long continuation = created(post("/courses").with(csrf())
			.with(this.data.as("koordinator"))
			.param("kind", "MENTOR")
			.param("unitId", String.valueOf(this.copenhagenUnit))
			.param("startsOn", TODAY.toString())
			.param("plannedEndOn", TODAY.plusDays(150).toString())
			.param("recipientNumbers", number)
			.param("peerWorkerIds", String.valueOf(this.data.peerWorker(this.copenhagen, "Peter " + this.tag))));

		assertThat(this.jdbc.sql("select continues_course_id from course where id = ?")
			.param(continuation)
			.query(Long.class)
			.single()).isEqualTo(this.wardCourse);
		assertThat(this.data.audited("koordinator", "COURSE", "UPDATE", "SUCCESS", continuation)).isEqualTo(1);
		// 60 days on the ward and 150 in København: the whole is over six months.
		for (String[] side : new String[][] { { "koordinator.region", String.valueOf(this.wardCourse) },
				{ "koordinator", String.valueOf(continuation) } }) {
			this.mvc.perform(get("/courses/{id}", side[1]).with(this.data.as(side[0])))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"shared-course\"")))
				.andExpect(content().string(containsString(ReferralFixtures.REGION)))
				.andExpect(content().string(containsString("Københavns Kommune")))
				.andExpect(content().string(not(containsString("id=\"mentor-rule-warning\""))));
		}
		this.mvc.perform(get("/courses").param("rule", "mentor").with(this.data.as("koordinator.region")))
			.andExpect(content().string(not(containsString("href=\"/courses/" + this.wardCourse + "\""))));

		// The parts stay with their organisations: København never reaches the ward's
		// course, nor sees the ward's record of the recipient.
		this.mvc.perform(get("/courses/{id}", this.wardCourse).with(this.data.as("koordinator")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/courses/{id}", continuation).with(this.data.as("koordinator")))
			.andExpect(content().string(not(containsString(this.patient.number()))));
		this.mvc.perform(get("/courses/{id}", continuation).with(this.data.as("koordinator.region")))
			.andExpect(status().isNotFound());

		// Without the consent to sharing, neither side sees the other part.
		this.jdbc.sql("update consent set withdrawn_on = ? where recipient_id = ? and kind = 'PARTNER_SHARING'")
			.params(TODAY, this.patient.id())
			.update();
		String ward = unitName(this.ward);
		this.mvc.perform(get("/courses/{id}", continuation).with(this.data.as("koordinator")))
			.andExpect(content().string(containsString("id=\"shared-course\"")))
			.andExpect(content().string(not(containsString(ward))))
			.andExpect(content().string(not(containsString(ReferralFixtures.REGION))));
		this.mvc.perform(get("/courses/{id}", this.wardCourse).with(this.data.as("koordinator.region")))
			.andExpect(content().string(not(containsString("Københavns Kommune"))));
	}

	@Test
	void onlyTheRecipientsOwnMentorCourseCanBeHandedOverAndOnlyOnce() throws Exception {
		Recipient other = this.data.recipient(this.region, "Other " + this.tag);
		this.data.sharing(other.id(), this.copenhagen, TODAY.minusDays(1));
		// Another recipient's course, and a course of another organisation.
		long aarhusCourse = mentorCourse(this.data.organisation("Aarhus Kommune"),
				this.data.unit(this.data.organisation("Aarhus Kommune")),
				this.data.recipient(this.data.organisation("Aarhus Kommune"), "Aarhus " + this.tag).id(),
				this.data.peerWorker(this.data.organisation("Aarhus Kommune"), "Aage " + this.tag), TODAY, null);
		for (long course : new long[] { this.wardCourse, aarhusCourse }) {
			this.mvc
				.perform(ReferralWebTest.referral(other.id(), this.copenhagenUnit, "Grund " + this.tag)
					.param("courseId", String.valueOf(course))
					.with(this.data.as("koordinator.region")))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("referralForm", "courseId", "referral.course.unknown"));
		}
		assertThat(this.data.referralsOf(other.id())).isZero();

		refer(this.patient.id(), this.wardCourse);
		long ngo = this.data.organisation(ReferralFixtures.NGO);
		this.data.sharing(this.patient.id(), ngo, TODAY.minusDays(1));
		this.mvc
			.perform(ReferralWebTest.referral(this.patient.id(), this.data.unit(ngo), "Grund " + this.tag)
				.param("courseId", String.valueOf(this.wardCourse))
				.with(this.data.as("koordinator.region")))
			.andExpect(model().attributeHasFieldErrorCode("referralForm", "courseId", "referral.course.unknown"));
		this.mvc
			.perform(get("/referrals/new").param("recipientId", String.valueOf(this.patient.id()))
				.with(this.data.as("koordinator.region")))
			.andExpect(content().string(not(containsString("value=\"" + this.wardCourse + "\""))));
	}

	@Test
	void aCourseOfAnotherKindStartedFromThePlaceDoesNotContinueTheMentorCourse() throws Exception {
		long entry = accept(refer(this.patient.id(), this.wardCourse));
		this.mvc.perform(post("/waiting-list/{id}/register", entry).with(csrf())
			.with(this.data.as("koordinator"))
			.param("consentGivenOn", TODAY.toString())
			.param("consentMethod", "WRITTEN"));
		String number = this.jdbc.sql("""
				select r.internal_number from recipient r join waiting_entry w on w.recipient_id = r.id where w.id = ?
				""").param(entry).query(String.class).single();
		long course = created(post("/courses").with(csrf())
			.with(this.data.as("koordinator"))
			.param("kind", "INDIVIDUAL")
			.param("unitId", String.valueOf(this.copenhagenUnit))
			.param("startsOn", TODAY.toString())
			.param("recipientNumbers", number)
			.param("peerWorkerIds", String.valueOf(this.data.peerWorker(this.copenhagen, "Peter " + this.tag))));
		assertThat(this.jdbc.sql("select continues_course_id is null from course where id = ?")
			.param(course)
			.query(Boolean.class)
			.single()).isTrue();
	}

	private long refer(long recipientId, long courseId) throws Exception {
		MvcResult result = this.mvc
			.perform(ReferralWebTest.referral(recipientId, this.copenhagenUnit, "Mentorstøtte efter udskrivelse")
				.param("courseId", String.valueOf(courseId))
				.with(this.data.as("koordinator.region")))
			.andExpect(redirectedUrlPattern("/referrals/*"))
			.andReturn();
		return Long.parseLong(result.getResponse().getRedirectedUrl().replace("/referrals/", ""));
	}

	private long accept(long referral) throws Exception {
		this.mvc.perform(get("/referrals/{id}", referral).with(this.data.as("koordinator")))
			.andExpect(content().string(containsString(unitName(this.ward))));
		this.mvc
			.perform(post("/referrals/{id}/accept", referral).with(csrf())
				.with(this.data.as("koordinator"))
				.param("version", "0"))
			.andExpect(redirectedUrl("/waiting-list"));
		return this.jdbc.sql("select id from waiting_entry where referral_id = ?")
			.param(referral)
			.query(Long.class)
			.single();
	}

	private long created(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andExpect(redirectedUrlPattern("/courses/*")).andReturn();
		return Long.parseLong(result.getResponse().getRedirectedUrl().replace("/courses/", ""));
	}

	private String unitName(long unit) {
		return this.jdbc.sql("select name from unit where id = ?").param(unit).query(String.class).single();
	}

	private long mentorCourse(long organisation, long unit, long recipient, long peerWorker, LocalDate startsOn,
			@Nullable LocalDate plannedEndOn) {
		return this.data.course("MENTOR", organisation, unit, recipient, peerWorker, startsOn, plannedEndOn);
	}

}
