package dk.peerstoette.retention;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.web.TransitionRefusedException;

/**
 * A legal hold on one recipient: while it is in force, the recipient is not anonymised,
 * neither at the end of the period nor on request. Lifted once.
 */
@Entity
class LegalHold {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(updatable = false)
	private long recipientId;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private HoldGround ground;

	@Column(updatable = false)
	private String reason;

	@Column(updatable = false)
	private LocalDate placedOn;

	@Column(updatable = false)
	private long placedBy;

	private @Nullable LocalDate liftedOn;

	private @Nullable Long liftedBy;

	@Version
	private long version;

	@SuppressWarnings("NullAway")
	protected LegalHold() {
	}

	LegalHold(long recipientId, HoldGround ground, String reason, LocalDate placedOn, long placedBy) {
		this.recipientId = recipientId;
		this.ground = ground;
		this.reason = reason;
		this.placedOn = placedOn;
		this.placedBy = placedBy;
	}

	/** Lifts the hold; refused if it was lifted already. */
	void lift(LocalDate on, long by) {
		if (this.liftedOn != null) {
			throw new TransitionRefusedException("retention.hold.alreadyLifted");
		}
		this.liftedOn = on.isBefore(this.placedOn) ? this.placedOn : on;
		this.liftedBy = by;
	}

	@Nullable Long getId() {
		return this.id;
	}

	long getRecipientId() {
		return this.recipientId;
	}

	HoldGround getGround() {
		return this.ground;
	}

	String getReason() {
		return this.reason;
	}

	LocalDate getPlacedOn() {
		return this.placedOn;
	}

	@Nullable LocalDate getLiftedOn() {
		return this.liftedOn;
	}

	boolean isInForce() {
		return this.liftedOn == null;
	}

	long getVersion() {
		return this.version;
	}

}
