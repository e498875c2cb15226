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
 * A referral of one organisation's recipient to a unit of a partner organisation. It is
 * decided once, by the receiving organisation: accepted or declined with a reason.
 */
@Entity
class Referral {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(updatable = false)
	private long recipientId;

	@Column(updatable = false)
	private long fromOrganisationId;

	@Column(updatable = false)
	private long toOrganisationId;

	@Column(updatable = false)
	private long toUnitId;

	@Column(updatable = false)
	private long partnershipId;

	@Column(updatable = false)
	private String reason;

	/** The mentor course it hands over, if any. */
	@Column(updatable = false)
	private @Nullable Long courseId;

	@Enumerated(EnumType.STRING)
	private ReferralStatus status = ReferralStatus.PENDING;

	@Column(updatable = false)
	private LocalDate referredOn;

	@Column(updatable = false)
	private long referredBy;

	private @Nullable LocalDate decidedOn;

	private @Nullable Long decidedBy;

	private @Nullable String declineReason;

	@Version
	private long version;

	@SuppressWarnings("NullAway")
	protected Referral() {
	}

	Referral(long recipientId, long fromOrganisationId, long toUnitId, long toOrganisationId, long partnershipId,
			String reason, @Nullable Long courseId, LocalDate referredOn, long referredBy) {
		this.recipientId = recipientId;
		this.courseId = courseId;
		this.fromOrganisationId = fromOrganisationId;
		this.toUnitId = toUnitId;
		this.toOrganisationId = toOrganisationId;
		this.partnershipId = partnershipId;
		this.reason = reason;
		this.referredOn = referredOn;
		this.referredBy = referredBy;
	}

	/**
	 * Accepts the referral.
	 * @throws TransitionRefusedException if it was decided already
	 */
	void accept(LocalDate on, long by) {
		requirePending();
		this.status = ReferralStatus.ACCEPTED;
		this.decidedOn = on;
		this.decidedBy = by;
	}

	/**
	 * Declines the referral with the receiving organisation's reason.
	 * @throws TransitionRefusedException if it was decided already
	 */
	void decline(LocalDate on, long by, String reason) {
		requirePending();
		this.status = ReferralStatus.DECLINED;
		this.decidedOn = on;
		this.decidedBy = by;
		this.declineReason = reason;
	}

	private void requirePending() {
		if (this.status != ReferralStatus.PENDING) {
			throw new TransitionRefusedException("referral.alreadyDecided");
		}
	}

	@Nullable Long getId() {
		return this.id;
	}

	long getRecipientId() {
		return this.recipientId;
	}

	long getFromOrganisationId() {
		return this.fromOrganisationId;
	}

	long getToOrganisationId() {
		return this.toOrganisationId;
	}

	long getToUnitId() {
		return this.toUnitId;
	}

	@Nullable Long getCourseId() {
		return this.courseId;
	}

	String getReason() {
		return this.reason;
	}

	ReferralStatus getStatus() {
		return this.status;
	}

	LocalDate getReferredOn() {
		return this.referredOn;
	}

	@Nullable LocalDate getDecidedOn() {
		return this.decidedOn;
	}

	@Nullable String getDeclineReason() {
		return this.declineReason;
	}

	long getVersion() {
		return this.version;
	}

}
