package dk.peerstoette.demo;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's group meetings, activities and plans: there for the demo logins, kept to the
 * rules, and loaded once.
 */
@IntegrationTest
class DemoMeetingsTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoMeetings meetings;

	@Test
	void groupMeetingsHaveEveryMembersAttendanceAndOnlyConsentingMembersPresent() {
		// Of the demo members: other tests add members to the demo groups after the
		// meetings.
		assertThat(count("select count(*) from contact where kind = 'GROUP_MEETING'")).isPositive();
		assertThat(count("""
				select count(*) from contact c join course_recipient cr on cr.course_id = c.course_id
				join recipient r on r.id = cr.recipient_id and r.external_reference like 'DEMO-%'
				where c.kind = 'GROUP_MEETING'
				  and not exists (select 1 from contact_attendance a
				                  where a.contact_id = c.id and a.recipient_id = cr.recipient_id)
				""")).isZero();
		assertThat(count("""
				select count(*) from contact c join contact_attendance a on a.contact_id = c.id
				where a.attendance = 'PRESENT' and not exists (select 1 from consent s
				    where s.recipient_id = a.recipient_id and s.kind = 'REGISTRATION' and s.given_on <= c.occurred_on
				      and (s.expires_on is null or s.expires_on >= c.occurred_on)
				      and (s.withdrawn_on is null or s.withdrawn_on > c.occurred_on))
				""")).isZero();
		assertThat(count("select count(*) from contact where kind = 'GROUP_MEETING' and occurred_on + starts_at > ?",
				LocalDateTime.now(TestClock.get())))
			.isZero();
	}

	@Test
	void theDemoPeerWorkerHasActivitiesAndPlansDueTodayOverdueAndAhead() {
		// By who wrote them: tests may link the demo login to another peer worker.
		String ofPeer = "from contact c join staff_user u on u.id = c.created_by where u.username = 'peer' ";
		assertThat(count("select count(distinct c.kind) " + ofPeer + "and c.recipient_id is null "
				+ "and c.kind <> 'GROUP_MEETING'"))
			.isGreaterThanOrEqualTo(3);
		// Plans are made on weekdays only.
		if (TestClock.today().getDayOfWeek().getValue() <= 5) {
			assertThat(count("select count(*) " + ofPeer + "and c.status = 'PLANNED' and c.occurred_on = ?",
					TestClock.today()))
				.isPositive();
		}
		assertThat(count("select count(*) " + ofPeer + "and c.status = 'PLANNED' and c.occurred_on < ?",
				TestClock.today()))
			.isPositive();
		assertThat(count("select count(*) " + ofPeer + "and c.status = 'PLANNED' and c.occurred_on > ?",
				TestClock.today()))
			.isPositive();
		assertThat(count("select count(*) " + ofPeer + "and c.status = 'NOT_HELD'")).isPositive();
		assertThat(count("""
				select count(*) from contact c join staff_user u on u.id = c.created_by
				where u.username = 'koordinator' and c.status = 'PLANNED' and c.occurred_on <= ?
				""", TestClock.today())).isPositive();
	}

	@Test
	void loadingAgainAddsNothing() {
		int before = count("select count(*) from contact");
		this.meetings.load();
		assertThat(count("select count(*) from contact")).isEqualTo(before);
	}

	private int count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Integer.class).single();
	}

}
