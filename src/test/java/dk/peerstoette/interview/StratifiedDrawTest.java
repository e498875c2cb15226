package dk.peerstoette.interview;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dk.peerstoette.interview.StratifiedDraw.Candidate;
import dk.peerstoette.interview.StratifiedDraw.Drawn;
import dk.peerstoette.interview.StratifiedDraw.Kind;
import dk.peerstoette.partnership.PeerRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The draw on its own: each stratum gives at most its size, a peer worker of two units is
 * drawn once, the same seed draws the same people, and the draw over several
 * organisations (a manager's) holds exactly each organisation's own draw (its
 * coordinator's), which is what lets a coordinator open a manager's draw.
 */
class StratifiedDrawTest {

	private final List<Candidate> candidates = new ArrayList<>();

	StratifiedDrawTest() {
		Random random = new Random(7);
		for (long id = 1; id <= 300; id++) {
			long organisation = 1 + random.nextInt(3);
			long unit = organisation * 10 + random.nextInt(3);
			Long model = random.nextBoolean() ? null : (long) (1 + random.nextInt(2));
			PeerRole role = (model == null) ? null : PeerRole.values()[(int) (model - 1)];
			this.candidates.add(new Candidate(Kind.RECIPIENT, id, organisation, unit, model, role));
		}
		for (long id = 1; id <= 40; id++) {
			long organisation = 1 + (id % 3);
			// Every peer worker works in two units of their organisation.
			for (long unit : new long[] { organisation * 10, organisation * 10 + 1 }) {
				this.candidates.add(new Candidate(Kind.PEER_WORKER, id, organisation, unit, 1L, PeerRole.CONVENTIONAL));
			}
		}
	}

	@Test
	void eachStratumGivesAtMostItsSizeAndAPeerWorkerOnce() {
		List<Drawn> drawn = StratifiedDraw.draw(42, EnumSet.allOf(Stratum.class), 2, 3, this.candidates);
		List<Long> peers = new ArrayList<>();
		for (Drawn stratum : drawn) {
			assertThat(stratum.recipients()).hasSizeLessThanOrEqualTo(2);
			assertThat(stratum.peerWorkers()).hasSizeLessThanOrEqualTo(3);
			peers.addAll(stratum.peerWorkers());
		}
		assertThat(peers).doesNotHaveDuplicates();
		// 40 peer workers in 6 unit strata of 3 each: 18 drawn, none twice.
		assertThat(peers).hasSize(18);
	}

	@Test
	void theSameSeedDrawsTheSameAndAnotherSeedOthers() {
		Set<Stratum> strata = EnumSet.of(Stratum.UNIT);
		List<Candidate> reversed = new ArrayList<>(this.candidates);
		Collections.reverse(reversed);
		assertThat(StratifiedDraw.draw(42, strata, 2, 1, this.candidates))
			.isEqualTo(StratifiedDraw.draw(42, strata, 2, 1, reversed));
		assertThat(StratifiedDraw.draw(43, strata, 2, 1, this.candidates))
			.isNotEqualTo(StratifiedDraw.draw(42, strata, 2, 1, this.candidates));
	}

	@Test
	void aDrawOverSeveralOrganisationsHoldsEachOrganisationsOwnDraw() {
		for (Set<Stratum> strata : List.of(EnumSet.noneOf(Stratum.class), EnumSet.of(Stratum.MODEL),
				EnumSet.allOf(Stratum.class))) {
			List<Drawn> all = StratifiedDraw.draw(99, strata, 3, 2, this.candidates);
			for (long organisation = 1; organisation <= 3; organisation++) {
				long o = organisation;
				List<Drawn> own = StratifiedDraw.draw(99, strata, 3, 2,
						this.candidates.stream().filter((c) -> c.organisationId() == o).toList());
				assertThat(all.stream().filter((d) -> d.key().organisationId() == o).toList()).isEqualTo(own);
			}
		}
	}

}
