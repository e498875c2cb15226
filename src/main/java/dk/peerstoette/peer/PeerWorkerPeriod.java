package dk.peerstoette.peer;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.EmploymentForm;
import dk.peerstoette.partnership.PeerRole;

/**
 * A period of a peer worker's history: the employment form, role and model that held from
 * {@code validFrom} until the next period began. The first period has no start: it holds
 * from the peer worker's start (a database trigger writes it when the peer worker is
 * created). Changed only through {@link PeerWorker}.
 */
@Entity
@Table(name = "peer_worker_period")
class PeerWorkerPeriod {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private @Nullable LocalDate validFrom;

	@Enumerated(EnumType.STRING)
	private EmploymentForm employmentForm;

	@Enumerated(EnumType.STRING)
	private PeerRole peerRole;

	private @Nullable Long modelId;

	private Instant recordedAt;

	private @Nullable Long recordedBy;

	@SuppressWarnings("NullAway")
	protected PeerWorkerPeriod() {
	}

	PeerWorkerPeriod(LocalDate validFrom, RoleValues values, long recordedBy, Instant now) {
		this.validFrom = validFrom;
		set(values, recordedBy, now);
	}

	/** A correction of what this period holds. */
	void set(RoleValues values, long recordedBy, Instant now) {
		this.employmentForm = values.employmentForm();
		this.peerRole = values.peerRole();
		this.modelId = values.modelId();
		this.recordedBy = recordedBy;
		this.recordedAt = now;
	}

	@Nullable Long getId() {
		return this.id;
	}

	@Nullable LocalDate getValidFrom() {
		return this.validFrom;
	}

	RoleValues values() {
		return new RoleValues(this.employmentForm, this.peerRole, this.modelId);
	}

	Instant getRecordedAt() {
		return this.recordedAt;
	}

	@Nullable Long getRecordedBy() {
		return this.recordedBy;
	}

}
