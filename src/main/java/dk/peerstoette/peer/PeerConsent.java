package dk.peerstoette.peer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.web.TransitionRefusedException;

/**
 * A peer worker's consent to one thing, kept as a recipient's is: once given it is never
 * changed, only withdrawn; a renewed consent is a new one.
 */
@Entity
@Table(name = "peer_worker_consent")
class PeerConsent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(updatable = false)
	private long peerWorkerId;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private PeerConsentKind kind;

	@Column(updatable = false)
	private LocalDate givenOn;

	@Column(updatable = false)
	private @Nullable LocalDate expiresOn;

	private @Nullable LocalDate withdrawnOn;

	@Column(updatable = false)
	private @Nullable Long recordedBy;

	@Column(updatable = false)
	private Instant recordedAt;

	@Version
	private long version;

	@SuppressWarnings("NullAway")
	protected PeerConsent() {
	}

	PeerConsent(long peerWorkerId, PeerConsentKind kind, LocalDate givenOn, @Nullable LocalDate expiresOn,
			@Nullable Long recordedBy, Instant recordedAt) {
		this.peerWorkerId = peerWorkerId;
		this.kind = kind;
		this.givenOn = givenOn;
		this.expiresOn = expiresOn;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	/**
	 * Withdraws the consent from the given day: once only, and not before it was given.
	 * @throws TransitionRefusedException if it is withdrawn already or the day lies
	 * before it was given
	 */
	void withdraw(LocalDate on) {
		if (this.withdrawnOn != null) {
			throw new TransitionRefusedException("withdrawnOn", "peer.consent.alreadyWithdrawn");
		}
		if (on.isBefore(this.givenOn)) {
			throw new TransitionRefusedException("withdrawnOn", "peer.consent.withdrawnBeforeGiven");
		}
		this.withdrawnOn = on;
	}

	/** Whether it holds on the day: given, not expired and not withdrawn by then. */
	boolean holdsOn(LocalDate day) {
		return !this.givenOn.isAfter(day) && (this.expiresOn == null || !this.expiresOn.isBefore(day))
				&& (this.withdrawnOn == null || this.withdrawnOn.isAfter(day));
	}

	/** The consent as the peer worker's page shows it on the day. */
	PeerConsentRow row(LocalDate today) {
		return new PeerConsentRow(Objects.requireNonNull(this.id), this.kind, this.givenOn, this.expiresOn,
				this.withdrawnOn, holdsOn(today), this.version);
	}

	long getPeerWorkerId() {
		return this.peerWorkerId;
	}

	PeerConsentKind getKind() {
		return this.kind;
	}

	long getVersion() {
		return this.version;
	}

}
