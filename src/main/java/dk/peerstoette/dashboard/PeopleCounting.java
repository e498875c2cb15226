package dk.peerstoette.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import dk.peerstoette.checkin.SupportCounts;
import dk.peerstoette.checkin.SupportFlags;
import dk.peerstoette.dashboard.DashboardQueries.CaseloadRow;
import dk.peerstoette.dashboard.DashboardQueries.Criteria;
import dk.peerstoette.dashboard.DashboardQueries.Option;
import dk.peerstoette.outcome.OutcomeProperties;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The people-and-outcome half of a dashboard view: caseloads, the CHIME grid and the
 * support counts. The query families are independent, so this half runs on a thread (and
 * connection) of its own ({@link DashboardThreads}) while the request's thread counts the
 * activity, which on two cores nearly halves the wait. It is given all it needs: it has
 * neither the request's security context nor its transaction.
 */
@Component
class PeopleCounting {

	private final DashboardQueries queries;

	private final SupportFlags supportFlags;

	private final DisclosureControl disclosure;

	private final BigDecimal changeThreshold;

	private final TaskExecutor threads;

	private final PeerOutcomeQueries peerOutcomes;

	PeopleCounting(DashboardQueries queries, SupportFlags supportFlags, DisclosureControl disclosure,
			OutcomeProperties outcomes, @Qualifier(DashboardThreads.BEAN) TaskExecutor threads,
			PeerOutcomeQueries peerOutcomes) {
		this.queries = queries;
		this.peerOutcomes = peerOutcomes;
		this.supportFlags = supportFlags;
		this.disclosure = disclosure;
		this.changeThreshold = outcomes.changeThreshold();
		this.threads = threads;
	}

	/**
	 * Starts counting on the second thread: the caseload on {@code asOf}, CHIME and the
	 * peer workers' own outcomes over the whole scope for the year, support over the
	 * period.
	 */
	Pending start(Criteria criteria, LocalDate asOf, List<Long> scope, int chimeYear) {
		return new Pending(CompletableFuture.supplyAsync(() -> {
			List<Option> models = this.queries.models();
			return new PeopleFigures(this.queries.caseload(criteria, asOf), chimeGrid(scope, chimeYear),
					this.supportFlags.counts(criteria.organisationIds(), criteria.from(), criteria.to()),
					new PeerOutcomeGrid(this.peerOutcomes.changes(scope, chimeYear, this.changeThreshold),
							models.stream().map(Option::id).toList(), this.disclosure.minPersons()),
					models);
		}, this.threads));
	}

	/**
	 * CHIME over the user's whole scope for the year, with every set of organisations the
	 * user can ask for: the scope, each partnership's members in it, each organisation.
	 */
	private ChimeGrid chimeGrid(List<Long> scope, int year) {
		List<List<Long>> margins = new ArrayList<>();
		margins.add(scope);
		for (Option partnership : this.queries.partnerships(scope)) {
			List<Long> members = this.queries.membersOf(partnership.id(), scope);
			if (!members.isEmpty()) {
				margins.add(members);
			}
		}
		scope.forEach((organisation) -> margins.add(List.of(organisation)));
		return new ChimeGrid(scope, margins, this.queries.chime(scope, year, this.changeThreshold),
				this.disclosure.minPersons());
	}

	/** What the second thread counts. */
	record PeopleFigures(List<CaseloadRow> caseload, ChimeGrid chime, SupportCounts support,
			PeerOutcomeGrid peerOutcomes, List<Option> models) {
	}

	/** The counting under way. */
	record Pending(CompletableFuture<PeopleFigures> future) {

		/** Waits for the figures; a failure is the second thread's own exception. */
		PeopleFigures join() {
			try {
				return this.future.join();
			}
			catch (CompletionException ex) {
				if (ex.getCause() instanceof RuntimeException cause) {
					throw cause;
				}
				throw ex;
			}
		}

	}

}
