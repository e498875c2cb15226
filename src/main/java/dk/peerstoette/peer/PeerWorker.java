package dk.peerstoette.peer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.EmploymentForm;
import dk.peerstoette.partnership.PeerRole;

/**
 * A peer worker (peer-medarbejder). Organisation, model, units and login are kept as ids:
 * they belong to other modules, which are asked for names and rules.
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

	private @Nullable Long staffUserId;

	/** The coordinator who supervises the peer worker, and sees their support flags. */
	private @Nullable Long supervisorUserId;

	@ElementCollection
	@CollectionTable(name = "peer_worker_unit", joinColumns = @JoinColumn(name = "peer_worker_id"))
	@Column(name = "unit_id")
	private Set<Long> unitIds = new HashSet<>();

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
		describe(organisationId, description, now);
	}

	/** Takes over what the form says; the caller has checked it against the rules. */
	void describe(long organisationId, PeerWorkerDescription description, Instant now) {
		this.organisationId = organisationId;
		this.fullName = description.fullName();
		this.phone = description.phone();
		this.email = description.email();
		this.employmentForm = description.employmentForm();
		this.peerRole = description.peerRole();
		this.modelId = description.modelId();
		this.startsOn = description.startsOn();
		this.endsOn = description.endsOn();
		this.staffUserId = description.staffUserId();
		this.supervisorUserId = description.supervisorUserId();
		this.unitIds.clear();
		this.unitIds.addAll(description.unitIds());
		this.updatedAt = now;
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
