package dk.peerstoette.recipient;

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
 * A recipient's consent to one thing. Once given it is never changed, only withdrawn; a
 * renewed consent is a new one.
 */
@Entity
class Consent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(updatable = false)
	private long recipientId;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private ConsentKind kind;

	@Column(updatable = false)
	private LocalDate givenOn;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private ConsentMethod method;

	@Column(updatable = false)
	private @Nullable LocalDate expiresOn;

	private @Nullable LocalDate withdrawnOn;

	/** The organisation a {@link ConsentKind#PARTNER_SHARING} consent names. */
	@Column(updatable = false)
	private @Nullable Long partnerOrganisationId;

	@Version
	private long version;

	@SuppressWarnings("NullAway")
	protected Consent() {
	}

	Consent(long recipientId, ConsentKind kind, LocalDate givenOn, ConsentMethod method,
			@Nullable LocalDate expiresOn) {
		this.recipientId = recipientId;
		this.kind = kind;
		this.givenOn = givenOn;
		this.method = method;
		this.expiresOn = expiresOn;
	}

	/** A consent to sharing with the named partner organisation. */
	static Consent partnerSharing(long recipientId, long partnerOrganisationId, LocalDate givenOn, ConsentMethod method,
			@Nullable LocalDate expiresOn) {
		Consent consent = new Consent(recipientId, ConsentKind.PARTNER_SHARING, givenOn, method, expiresOn);
		consent.partnerOrganisationId = partnerOrganisationId;
		return consent;
	}

	/**
	 * Withdraws the consent from the given day: once only, and not before it was given.
	 * @throws TransitionRefusedException if it is withdrawn already or the day lies
	 * before it was given
	 */
	void withdraw(LocalDate on) {
		if (this.withdrawnOn != null) {
			throw new TransitionRefusedException("withdrawnOn", "recipient.consent.alreadyWithdrawn");
		}
		if (on.isBefore(this.givenOn)) {
			throw new TransitionRefusedException("withdrawnOn", "recipient.consent.withdrawnBeforeGiven");
		}
		this.withdrawnOn = on;
	}

	/**
	 * Withdrawn from the day it was withdrawn; expired the day after it expires.
	 */
	ConsentState stateOn(LocalDate day) {
		if (this.withdrawnOn != null && !this.withdrawnOn.isAfter(day)) {
			return ConsentState.WITHDRAWN;
		}
		if (this.expiresOn != null && this.expiresOn.isBefore(day)) {
			return ConsentState.EXPIRED;
		}
		return ConsentState.ACTIVE;
	}

	@Nullable Long getId() {
		return this.id;
	}

	long getRecipientId() {
		return this.recipientId;
	}

	ConsentKind getKind() {
		return this.kind;
	}

	LocalDate getGivenOn() {
		return this.givenOn;
	}

	ConsentMethod getMethod() {
		return this.method;
	}

	@Nullable LocalDate getExpiresOn() {
		return this.expiresOn;
	}

	@Nullable LocalDate getWithdrawnOn() {
		return this.withdrawnOn;
	}

	@Nullable Long getPartnerOrganisationId() {
		return this.partnerOrganisationId;
	}

	long getVersion() {
		return this.version;
	}

}
