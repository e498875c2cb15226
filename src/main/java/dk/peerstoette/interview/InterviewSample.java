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
 * @param minPersons below it, a count is not shown to a reader who sees nobody: a stratum
 * of one consenting peer worker would otherwise tell a manager that they consented
 * @param strata the strata that gave anyone, by organisation, unit, model and role
 */
record InterviewSample(long seed, LocalDate on, boolean showsPeople, int minPersons, List<StratumRow> strata) {

	InterviewSample {
		strata = List.copyOf(strata);
	}

	/** How many people the draw gave in all. */
	public int drawn() {
		return this.strata.stream().mapToInt((stratum) -> stratum.recipientCount() + stratum.peerWorkerCount()).sum();
	}

	/**
	 * A stratum's count as the page shows it: under the threshold as "<5" to a manager.
	 */
	public String count(int count) {
		return hidden(count) ? "<" + this.minPersons : String.valueOf(count);
	}

	/** Whether the total may be shown: not when it would give away a hidden count. */
	public boolean totalShown() {
		return this.strata.stream()
			.noneMatch((stratum) -> hidden(stratum.recipientCount()) || hidden(stratum.peerWorkerCount()));
	}

	/** Whether a count is one about too few people for this reader to see. */
	private boolean hidden(int count) {
		return !this.showsPeople && count > 0 && count < this.minPersons;
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
