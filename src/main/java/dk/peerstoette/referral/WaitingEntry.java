package dk.peerstoette.referral;

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
 * A place on a unit's waiting list: the organisation's own recipient (own intake), or an
 * accepted referral, whose recipient becomes the organisation's own when registered here.
 * It leaves the list once: when a course starts for it, or taken off by hand with a
 * reason.
 */
@Entity
class WaitingEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(updatable = false)
	private long organisationId;

	@Column(updatable = false)
	private long unitId;

	private @Nullable Long recipientId;

	@Column(updatable = false)
	private @Nullable Long referralId;

	@Column(updatable = false)
	private LocalDate enteredOn;

	@Column(updatable = false)
	private long createdBy;

	private @Nullable Long courseId;

	private @Nullable LocalDate leftOn;

	@Enumerated(EnumType.STRING)
	private @Nullable LeftReason leftReason;

	@Version
	private long version;

	@SuppressWarnings("NullAway")
	protected WaitingEntry() {
	}

	private WaitingEntry(long organisationId, long unitId, @Nullable Long recipientId, @Nullable Long referralId,
			LocalDate enteredOn, long createdBy) {
		this.organisationId = organisationId;
		this.unitId = unitId;
		this.recipientId = recipientId;
		this.referralId = referralId;
		this.enteredOn = enteredOn;
		this.createdBy = createdBy;
	}

	static WaitingEntry intake(long organisationId, long unitId, long recipientId, LocalDate enteredOn,
			long createdBy) {
		return new WaitingEntry(organisationId, unitId, recipientId, null, enteredOn, createdBy);
	}

	static WaitingEntry referred(long organisationId, long unitId, long referralId, LocalDate enteredOn,
			long createdBy) {
		return new WaitingEntry(organisationId, unitId, null, referralId, enteredOn, createdBy);
	}

	/**
	 * The referred recipient is now the organisation's own, registered here.
	 * @throws TransitionRefusedException if the entry has a recipient of its own already
	 * or has left the list
	 */
	void registered(long ownRecipientId) {
		if (this.recipientId != null || this.leftOn != null) {
			throw new TransitionRefusedException("referral.waiting.alreadyRegistered");
		}
		this.recipientId = ownRecipientId;
	}

	/**
	 * A course started for the entry: it leaves the list.
	 * @throws TransitionRefusedException if it has left already
	 */
	void started(long courseId, LocalDate on) {
		if (this.leftOn != null) {
			throw new TransitionRefusedException("referral.waiting.alreadyLeft");
		}
		this.courseId = courseId;
		this.leftOn = on;
		this.leftReason = LeftReason.COURSE_STARTED;
	}

	/**
	 * Taken off the list by hand, for a reason other than a course.
	 * @throws TransitionRefusedException if it has left already
	 */
	void removed(LeftReason reason, LocalDate on) {
		if (this.leftOn != null) {
			throw new TransitionRefusedException("referral.waiting.alreadyLeft");
		}
		if (reason == LeftReason.COURSE_STARTED) {
			throw new IllegalArgumentException("A course takes a place off by starting");
		}
		this.leftOn = on;
		this.leftReason = reason;
	}

	@Nullable Long getId() {
		return this.id;
	}

	long getOrganisationId() {
		return this.organisationId;
	}

	long getUnitId() {
		return this.unitId;
	}

	@Nullable Long getRecipientId() {
		return this.recipientId;
	}

	@Nullable Long getReferralId() {
		return this.referralId;
	}

	LocalDate getEnteredOn() {
		return this.enteredOn;
	}

	@Nullable LeftReason getLeftReason() {
		return this.leftReason;
	}

	@Nullable LocalDate getLeftOn() {
		return this.leftOn;
	}

	long getVersion() {
		return this.version;
	}

}
