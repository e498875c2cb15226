package dk.peerstoette.checkin;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
import dk.peerstoette.account.StaffAccountService;
import dk.peerstoette.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The flag rule on the real database: strain high in the last two check-ins, and
 * supervision overdue after the configured number of weeks. Each test has peer workers of
 * its own, supervised by the fixture coordinator.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisionFlagRuleTest {

	@Autowired
	SupervisionFlags flags;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffAccountService accounts;

	CheckInFixtures fixtures;

	long supervisor;

	final LocalDate today = TestClock.today();

	@BeforeAll
	void fixtures() {
		fixtures = new CheckInFixtures(jdbc, accounts);
		supervisor = fixtures.userId(fixtures.login("Supervisor", Role.COORDINATOR));
	}

	/** A peer worker who started a year ago and had supervision a week ago. */
	long supervisedPeer(String name) {
		long id = fixtures.peerWorker(name, today.minusYears(1), null, supervisor);
		fixtures.activity(id, "SUPERVISION", "HELD", today.minusDays(7), supervisor);
		return id;
	}

	SupervisedPeer flagsOf(long peerWorkerId) {
		return flagsOf(peerWorkerId, 6);
	}

	SupervisedPeer flagsOf(long peerWorkerId, int weeks) {
		return flags.supervised(supervisor, today, weeks)
			.stream()
			.filter((peer) -> peer.id() == peerWorkerId)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void theOverdueWeeksComeFromTheConfigurationAndDefaultToSix() {
		assertThat(flags.overdueWeeks()).isEqualTo(6);
	}

	@Test
	void onlyTheActivePeerWorkersOfThisSupervisorAreListed() {
		long active = supervisedPeer("Active");
		long ended = fixtures.peerWorker("Ended", today.minusYears(1), today, supervisor);
		long notYet = fixtures.peerWorker("Not yet", today.plusDays(1), null, supervisor);
		long other = fixtures.peerWorker("Other", today.minusYears(1), null,
				fixtures.userId(fixtures.login("Other", Role.COORDINATOR)));
		long none = fixtures.peerWorker("None", today.minusYears(1), null, null);
		assertThat(flags.supervised(supervisor, today, 6)).extracting(SupervisedPeer::id)
			.contains(active)
			.doesNotContain(ended, notYet, other, none);
	}

	@Nested
	class Strain {

		@Test
		void highTwiceInARowFlagsByDemandOrBySetBack() {
			long peer = supervisedPeer("Twice");
			fixtures.checkIn(peer, today.minusDays(30), 3, 0);
			fixtures.checkIn(peer, today.minusDays(2), 0, 4);
			SupervisedPeer flagged = flagsOf(peer);
			assertThat(flagged.strainFlagged()).isTrue();
			assertThat(flagged.supervisionOverdue()).isFalse();
			assertThat(flagged.flagged()).isTrue();
		}

		@Test
		void highOnlyInTheLastCheckInDoesNotFlag() {
			long peer = supervisedPeer("Once");
			fixtures.checkIn(peer, today.minusDays(30), 2, 2);
			fixtures.checkIn(peer, today.minusDays(2), 4, 4);
			assertThat(flagsOf(peer).strainFlagged()).isFalse();
			assertThat(flagsOf(peer).flagged()).isFalse();
		}

		@Test
		void aSingleHighCheckInDoesNotFlag() {
			long peer = supervisedPeer("Single");
			fixtures.checkIn(peer, today.minusDays(2), 4, 4);
			assertThat(flagsOf(peer).strainFlagged()).isFalse();
		}

		@Test
		void highTwiceButNotInARowDoesNotFlag() {
			long peer = supervisedPeer("Apart");
			fixtures.checkIn(peer, today.minusDays(60), 3, 3);
			fixtures.checkIn(peer, today.minusDays(30), 1, 1);
			fixtures.checkIn(peer, today.minusDays(2), 3, 3);
			assertThat(flagsOf(peer).strainFlagged()).isFalse();
		}

		@Test
		void twoBelowTheThresholdDoNotFlag() {
			long peer = supervisedPeer("Below");
			fixtures.checkIn(peer, today.minusDays(30), 2, 2);
			fixtures.checkIn(peer, today.minusDays(2), 2, 2);
			assertThat(flagsOf(peer).strainFlagged()).isFalse();
		}

		@Test
		void theLastTwoAreTakenByDateNotByWhenTheyWereEntered() {
			long peer = supervisedPeer("Late entry");
			fixtures.checkIn(peer, today.minusDays(2), 3, 0);
			fixtures.checkIn(peer, today.minusDays(30), 4, 0);
			fixtures.checkIn(peer, today.minusDays(60), 0, 0);
			assertThat(flagsOf(peer).strainFlagged()).isTrue();
		}

		@Test
		void noCheckInsNoFlag() {
			assertThat(flagsOf(supervisedPeer("Silent")).strainFlagged()).isFalse();
		}

	}

	@Nested
	class Supervision {

		long peerSupervisedDaysAgo(String name, int days) {
			long peer = fixtures.peerWorker(name, today.minusYears(1), null, supervisor);
			fixtures.activity(peer, "SUPERVISION", "HELD", today.minusDays(days), supervisor);
			return peer;
		}

		@Test
		void isOverdueSixWeeksAfterTheLastSupervision() {
			SupervisedPeer peer = flagsOf(peerSupervisedDaysAgo("Six weeks", 42));
			assertThat(peer.supervisionOverdue()).isTrue();
			assertThat(peer.weeksSinceSupervision()).isEqualTo(6L);
			assertThat(peer.flagged()).isTrue();
		}

		@Test
		void isNotOverdueAtFiveWeeksNorADayBeforeSix() {
			SupervisedPeer five = flagsOf(peerSupervisedDaysAgo("Five weeks", 35));
			assertThat(five.supervisionOverdue()).isFalse();
			assertThat(five.weeksSinceSupervision()).isEqualTo(5L);
			assertThat(flagsOf(peerSupervisedDaysAgo("Day before", 41)).supervisionOverdue()).isFalse();
		}

		@Test
		void theNumberOfWeeksIsConfigurable() {
			long peer = peerSupervisedDaysAgo("Configured", 35);
			assertThat(flagsOf(peer, 5).supervisionOverdue()).isTrue();
			assertThat(flagsOf(peer, 6).supervisionOverdue()).isFalse();
			assertThat(flagsOf(peer, 8).supervisionOverdue()).isFalse();
		}

		@Test
		void theLatestSupervisionCounts() {
			long peer = peerSupervisedDaysAgo("Latest", 60);
			fixtures.activity(peer, "SUPERVISION", "HELD", today.minusDays(10), supervisor);
			assertThat(flagsOf(peer).supervisionOverdue()).isFalse();
			assertThat(flagsOf(peer).weeksSinceSupervision()).isEqualTo(1L);
		}

		@Test
		void supervisionRecordedOnThePeerWorkersPageOrTakenPartInCounts() {
			long page = fixtures.peerWorker("Page", today.minusYears(1), null, supervisor);
			fixtures.supervisionReceived(page, today.minusDays(10));
			long part = fixtures.peerWorker("Part", today.minusYears(1), null, supervisor);
			long host = fixtures.peerWorker("Host", today.minusYears(1), null, null);
			fixtures.takesPart(fixtures.activity(host, "SUPERVISION", "HELD", today.minusDays(3), supervisor), part);
			assertThat(flagsOf(page).supervisionOverdue()).isFalse();
			assertThat(flagsOf(page).weeksSinceSupervision()).isEqualTo(1L);
			assertThat(flagsOf(part).supervisionOverdue()).isFalse();
			assertThat(flagsOf(part).weeksSinceSupervision()).isZero();
		}

		@Test
		void supervisionNotHeldDeletedPlannedAheadOrOfAnotherKindDoesNotCount() {
			long peer = peerSupervisedDaysAgo("Only old", 50);
			fixtures.activity(peer, "SUPERVISION", "NOT_HELD", today.minusDays(3), supervisor);
			fixtures.delete(fixtures.activity(peer, "SUPERVISION", "HELD", today.minusDays(3), supervisor), supervisor);
			fixtures.activity(peer, "STAFF_MEETING", "HELD", today.minusDays(3), supervisor);
			fixtures.activity(peer, "SUPERVISION", "PLANNED", today.plusDays(3), supervisor);
			SupervisedPeer flagged = flagsOf(peer);
			assertThat(flagged.supervisionOverdue()).isTrue();
			assertThat(flagged.weeksSinceSupervision()).isEqualTo(7L);
		}

		@Test
		void withNoneRecordedItIsCountedFromTheStart() {
			long longAgo = fixtures.peerWorker("Never", today.minusWeeks(10), null, supervisor);
			long recent = fixtures.peerWorker("New", today.minusWeeks(2), null, supervisor);
			assertThat(flagsOf(longAgo).supervisionOverdue()).isTrue();
			assertThat(flagsOf(longAgo).weeksSinceSupervision()).isNull();
			assertThat(flagsOf(recent).supervisionOverdue()).isFalse();
		}

	}

}
