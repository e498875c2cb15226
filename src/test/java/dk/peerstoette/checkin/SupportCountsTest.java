package dk.peerstoette.checkin;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
import dk.peerstoette.account.StaffAccountService;
import dk.peerstoette.security.Role;
import dk.peerstoette.security.StaffUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counts other modules get from {@link SupportFlags}, on an organisation of the
 * test's own whose peer workers are laid out so that each count can be worked out by
 * hand.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupportCountsTest {

	@Autowired
	SupportFlags flags;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffAccountService accounts;

	@Autowired
	UserDetailsService users;

	CheckInFixtures fixtures;

	String supervisor;

	final LocalDate today = TestClock.today();

	/**
	 * A, B, C worked all along; D ended 70 days ago; E started 30 days ago; F ended 10
	 * days ago; G starts in 5 days. Supervision: A 20 days ago, C 100 days ago, F 50 days
	 * ago. Strain high twice in a row: A and F (20 and 10 days ago); B once.
	 */
	@BeforeAll
	void peerWorkers() {
		fixtures = new CheckInFixtures(jdbc, accounts);
		supervisor = fixtures.login("Counted", Role.COORDINATOR);
		long by = fixtures.userId(supervisor);
		LocalDate longAgo = today.minusYears(1);
		long a = fixtures.peerWorker("A", longAgo, null, by);
		long b = fixtures.peerWorker("B", longAgo, null, by);
		long c = fixtures.peerWorker("C", longAgo, null, null);
		fixtures.peerWorker("D", longAgo, today.minusDays(70), by);
		fixtures.peerWorker("E", today.minusDays(30), null, by);
		long f = fixtures.peerWorker("F", longAgo, today.minusDays(10), by);
		fixtures.peerWorker("G", today.plusDays(5), null, by);
		fixtures.activity(a, "SUPERVISION", "HELD", today.minusDays(20), by);
		fixtures.activity(c, "SUPERVISION", "HELD", today.minusDays(100), by);
		fixtures.activity(f, "SUPERVISION", "HELD", today.minusDays(50), by);
		for (long strained : List.of(a, f)) {
			fixtures.checkIn(strained, today.minusDays(20), 3, 3);
			fixtures.checkIn(strained, today.minusDays(10), 4, 1);
		}
		fixtures.checkIn(b, today.minusDays(10), 4, 4);
	}

	@Test
	void theLastSixtyDays() {
		// Worked in the period: A, B, C, E, F. Supervised in it: A, F. Still working
		// today:
		// A, B, C, E; of them overdue: B (never, started a year ago), C (100 days); E
		// started 30 days ago. Strain: A (F has ended).
		assertThat(flags.counts(List.of(fixtures.organisationId), today.minusDays(60), today))
			.isEqualTo(new SupportCounts(5, 2, 2, 1));
	}

	@Test
	void aPeriodInThePastIsCountedAsOfItsLastDay() {
		// Worked from 200 to 80 days ago: A, B, C, D, F. Supervised in it: C. As of 80
		// days
		// ago all five worked; overdue: A, B, D, F (none yet), not C (20 days before).
		// No check-in lay that far back.
		assertThat(flags.counts(List.of(fixtures.organisationId), today.minusDays(200), today.minusDays(80)))
			.isEqualTo(new SupportCounts(5, 1, 4, 0));
	}

	@Test
	void noOrganisationsOrAnEmptyPeriodCountNothing() {
		assertThat(flags.counts(List.of(), today.minusDays(60), today)).isEqualTo(new SupportCounts(0, 0, 0, 0));
		assertThat(flags.counts(List.of(fixtures.organisationId), today, today.minusDays(1)))
			.isEqualTo(new SupportCounts(0, 0, 0, 0));
	}

	@Test
	void theSupervisorsFlaggedCountIsTheActivePeerWorkersWithAFlag() {
		// Supervised and working today: A (strain), B (overdue), E (neither).
		assertThat(flags.flaggedCount((StaffUser) users.loadUserByUsername(supervisor))).isEqualTo(2);
		assertThat(flags.flaggedCount((StaffUser) users.loadUserByUsername("leder"))).isZero();
		assertThat(flags.flaggedCount((StaffUser) users.loadUserByUsername("admin"))).isZero();
	}

}
