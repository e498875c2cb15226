package dk.peerstoette.peer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.EmploymentForm;
import dk.peerstoette.partnership.PeerRole;

/**
 * A peer worker (peer-medarbejder). Organisation, model, units and login are kept as ids:
 * they belong to other modules, which are asked for names and rules. Employment form,
 * role and model have a history ({@link PeerWorkerPeriod}): the fields here are the
 * current values, always those of the latest period, and change only with it.
 */
@Entity
@Table(name = "peer_worker")
class PeerWorker {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long organisationId;

	private String fullName;

	private @Nullable String phone;

	private @Nullable String email;

	@Enumerated(EnumType.STRING)
	private EmploymentForm employmentForm;

	@Enumerated(EnumType.STRING)
	private PeerRole peerRole;

	private @Nullable Long modelId;

	private LocalDate startsOn;

	private @Nullable LocalDate endsOn;

	@Enumerated(EnumType.STRING)
	private @Nullable PeerEndReason endReason;

	@Enumerated(EnumType.STRING)
	@Column(name = "end_destination")
	private @Nullable PeerDestination destination;

	private @Nullable Long staffUserId;

	/** The coordinator who supervises the peer worker, and sees their support flags. */
	private @Nullable Long supervisorUserId;

	@ElementCollection
	@CollectionTable(name = "peer_worker_unit", joinColumns = @JoinColumn(name = "peer_worker_id"))
	@Column(name = "unit_id")
	private Set<Long> unitIds = new HashSet<>();

	// The first period is written by the database when the peer worker is inserted.
	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "peer_worker_id", nullable = false, updatable = false)
	private List<PeerWorkerPeriod> periods = new ArrayList<>();

	@Column(updatable = false)
	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@SuppressWarnings("NullAway")
	protected PeerWorker() {
	}

	PeerWorker(long organisationId, PeerWorkerDescription description, Instant now) {
		this.organisationId = organisationId;
		this.createdAt = now;
		RoleValues values = description.roleValues();
		this.employmentForm = values.employmentForm();
		this.peerRole = values.peerRole();
		this.modelId = values.modelId();
		describe(organisationId, description, now);
	}

	/**
	 * Takes over what the form says, except form, role and model, which change through
	 * {@link #changeFrom}; the caller has checked it against the rules.
	 */
	void describe(long organisationId, PeerWorkerDescription description, Instant now) {
		if (description.endsOn() == null && (description.endReason() != null || description.destination() != null)) {
			throw new IllegalArgumentException("An end reason or destination needs an end");
		}
		this.organisationId = organisationId;
		this.fullName = description.fullName();
		this.phone = description.phone();
		this.email = description.email();
		this.startsOn = description.startsOn();
		this.endsOn = description.endsOn();
		this.endReason = description.endReason();
		this.destination = description.destination();
		this.staffUserId = description.staffUserId();
		this.supervisorUserId = description.supervisorUserId();
		this.unitIds.clear();
		this.unitIds.addAll(description.unitIds());
		this.updatedAt = now;
	}

	RoleValues currentValues() {
		return new RoleValues(this.employmentForm, this.peerRole, this.modelId);
	}

	/** The periods, oldest first. */
	List<PeerWorkerPeriod> history() {
		List<PeerWorkerPeriod> sorted = new ArrayList<>(this.periods);
		sorted.sort(
				Comparator.comparing(PeerWorkerPeriod::getValidFrom, Comparator.nullsFirst(Comparator.naturalOrder())));
		return sorted;
	}

	/**
	 * Why form, role and model may not change to {@code values} from {@code from}, as a
	 * message key, or empty when they may: the day is required, may not lie after today,
	 * and may not lie before the latest change (that would rewrite a period that a later
	 * one already replaced; remove the later one first). A change from the day the latest
	 * period began, or from the start or earlier while there is only the first period,
	 * corrects that period.
	 */
	Optional<String> refusalOfChange(@Nullable LocalDate from, RoleValues values, LocalDate today) {
		if (values.equals(currentValues())) {
			return Optional.empty();
		}
		if (from == null) {
			return Optional.of("peer.history.from.required");
		}
		if (from.isAfter(today)) {
			return Optional.of("peer.history.from.future");
		}
		LocalDate latest = latestChange();
		if (latest != null && from.isBefore(latest)) {
			return Optional.of("peer.history.from.beforeLatest");
		}
		return Optional.empty();
	}

	/** The day of the latest change; none while there is only the first period. */
	@Nullable LocalDate latestChange() {
		List<PeerWorkerPeriod> history = history();
		return history.isEmpty() ? null : history.get(history.size() - 1).getValidFrom();
	}

	/**
	 * Form, role and model change from a day: a new period, or a correction of the latest
	 * one when it began that day (or, for the first period, when the day is not after the
	 * start). The current values follow. Refuses what {@link #refusalOfChange} refuses.
	 * @return whether anything changed
	 */
	boolean changeFrom(@Nullable LocalDate from, RoleValues values, LocalDate today, long recordedBy, Instant now) {
		Optional<String> refusal = refusalOfChange(from, values, today);
		if (refusal.isPresent()) {
			throw new IllegalArgumentException("Refused change of history: " + refusal.get());
		}
		if (values.equals(currentValues())) {
			return false;
		}
		LocalDate day = Objects.requireNonNull(from);
		List<PeerWorkerPeriod> history = history();
		PeerWorkerPeriod latest = history.isEmpty() ? null : history.get(history.size() - 1);
		boolean corrects = latest != null && (day.equals(latest.getValidFrom())
				|| (latest.getValidFrom() == null && !day.isAfter(this.startsOn)));
		if (corrects) {
			latest.set(values, recordedBy, now);
		}
		else {
			this.periods.add(new PeerWorkerPeriod(day, values, recordedBy, now));
		}
		take(values, now);
		return true;
	}

	/**
	 * Removes the latest change, a mistake: the period before it holds on. The first
	 * period cannot be removed.
	 * @return the day the removed period began, or empty when {@code periodId} is not
	 * this peer worker's latest change
	 */
	Optional<LocalDate> removeLatestChange(long periodId, Instant now) {
		List<PeerWorkerPeriod> history = history();
		if (history.size() < 2) {
			return Optional.empty();
		}
		PeerWorkerPeriod latest = history.get(history.size() - 1);
		if (!Objects.equals(latest.getId(), periodId)) {
			return Optional.empty();
		}
		this.periods.remove(latest);
		take(history.get(history.size() - 2).values(), now);
		return Optional.ofNullable(latest.getValidFrom());
	}

	private void take(RoleValues values, Instant now) {
		this.employmentForm = values.employmentForm();
		this.peerRole = values.peerRole();
		this.modelId = values.modelId();
		this.updatedAt = now;
	}

	@Nullable PeerEndReason getEndReason() {
		return this.endReason;
	}

	@Nullable PeerDestination getDestination() {
		return this.destination;
	}

	boolean hasEndedOn(LocalDate day) {
		return this.endsOn != null && !this.endsOn.isAfter(day);
	}

	@Nullable Long getId() {
		return this.id;
	}

	long getOrganisationId() {
		return this.organisationId;
	}

	String getFullName() {
		return this.fullName;
	}

	@Nullable String getPhone() {
		return this.phone;
	}

	@Nullable String getEmail() {
		return this.email;
	}

	EmploymentForm getEmploymentForm() {
		return this.employmentForm;
	}

	PeerRole getPeerRole() {
		return this.peerRole;
	}

	@Nullable Long getModelId() {
		return this.modelId;
	}

	LocalDate getStartsOn() {
		return this.startsOn;
	}

	@Nullable LocalDate getEndsOn() {
		return this.endsOn;
	}

	@Nullable Long getStaffUserId() {
		return this.staffUserId;
	}

	@Nullable Long getSupervisorUserId() {
		return this.supervisorUserId;
	}

	Set<Long> getUnitIds() {
		return Set.copyOf(this.unitIds);
	}

	boolean hasUnits(Collection<Long> ids) {
		return this.unitIds.equals(new HashSet<>(ids));
	}

	long getVersion() {
		return this.version;
	}

}
