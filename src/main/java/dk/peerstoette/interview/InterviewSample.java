package dk.peerstoette.interview;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.PeerRole;

/**
 * A draw as its page shows it. A reader who may see people (a coordinator) gets whom to
 * contact in each stratum; a manager gets how many each stratum gave, and nobody.
 *
 * @param seed the draw's seed
 * @param on the day it was drawn: consents given later are not in it
 * @param showsPeople whether the strata name people
 * @param strata the strata that gave anyone, by organisation, unit, model and role
 */
record InterviewSample(long seed, LocalDate on, boolean showsPeople, List<StratumRow> strata) {

	InterviewSample {
		strata = List.copyOf(strata);
	}

	/** How many people the draw gave in all. */
	public int drawn() {
		return this.strata.stream().mapToInt((stratum) -> stratum.recipientCount() + stratum.peerWorkerCount()).sum();
	}

	/**
	 * A stratum: its organisation, and its unit, model and role where the draw is
	 * stratified by them ({@code unitStratified}… false: every unit), with whom it gave.
	 */
	record StratumRow(String organisationName, boolean unitStratified, @Nullable String unitName,
			boolean modelStratified, @Nullable String modelName, boolean roleStratified, @Nullable PeerRole role,
			List<Person> recipients, List<Person> peerWorkers, int recipientCount, int peerWorkerCount) {

		StratumRow {
			recipients = List.copyOf(recipients);
			peerWorkers = List.copyOf(peerWorkers);
		}

	}

	/**
	 * Someone to contact: their id (for the link to their page) and how they are shown.
	 */
	record Person(long id, String label) {
	}

}
