package dk.peerstoette.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcType;
import org.hibernate.type.descriptor.jdbc.LocalTimeJdbcType;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.course.BridgeDestination;
import dk.peerstoette.web.TransitionRefusedException;

/**
 * A contact (kontakt). The organisation, unit, course and recipient are fixed when it is
 * created; the rest is set from a checked {@link ContactDescription}. A contact is never
 * removed: deleting it marks it, with who, when and why, and lists leave it out.
 */
@Entity
@Table(name = "contact")
class Contact {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(updatable = false)
	private long organisationId;

	/** An activity's unit may be corrected; a course's contact keeps its course's. */
	private long unitId;

	@Column(updatable = false)
	private @Nullable Long courseId;

	@Column(updatable = false)
	private @Nullable Long recipientId;

	private @Nullable Long peerWorkerId;

	@Enumerated(EnumType.STRING)
	private ContactKind kind;

	@Enumerated(EnumType.STRING)
	private ContactStatus status = ContactStatus.HELD;

	@Enumerated(EnumType.STRING)
	private @Nullable NotHeldReason notHeldReason;

	private LocalDate occurredOn;

	// Bound as a LocalTime, never shifted by the JDBC time zone: a time of day has none.
	@JdbcType(LocalTimeJdbcType.class)
	private LocalTime startsAt;

	private int durationMinutes;

	private @Nullable String place;

	private boolean chimeConnection;

	private boolean chimeHope;

	private boolean chimeIdentity;

	private boolean chimeMeaning;

	private boolean chimeEmpowerment;

	private @Nullable String note;

	private @Nullable String overrideReason;

	@Column(updatable = false)
	private long createdBy;

	private long updatedBy;

	@Column(updatable = false)
	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	private @Nullable Instant deletedAt;

	private @Nullable Long deletedBy;

	private @Nullable String deleteReason;

	@Enumerated(EnumType.STRING)
	private @Nullable BridgeDestination bridgeTo;

	@Column(name = "relatives_present")
	private int relatives;

	@SuppressWarnings("NullAway")
	protected Contact() {
	}

	Contact(long organisationId, long unitId, @Nullable Long courseId, @Nullable Long recipientId, long createdBy,
			ContactDescription description, Instant now) {
		this.organisationId = organisationId;
		this.unitId = unitId;
		this.courseId = courseId;
		this.recipientId = recipientId;
		this.createdBy = createdBy;
		this.createdAt = now;
		describe(description, createdBy, now);
	}

	/**
	 * Moves an organisational activity to another unit of its organisation; a course's
	 * contact keeps its course's unit.
	 */
	void moveToUnit(long unitId) {
		refuseIfDeleted();
		if (this.courseId != null) {
			throw new TransitionRefusedException("unitId", "contact.activity.unit.keptByCourse");
		}
		this.unitId = unitId;
	}

	/**
	 * Sets every value from a checked description; a deleted contact is kept as it was.
	 */
	void describe(ContactDescription description, long userId, Instant now) {
		refuseIfDeleted();
		this.kind = description.kind();
		this.occurredOn = description.occurredOn();
		this.startsAt = description.startsAt();
		this.durationMinutes = description.durationMinutes();
		this.place = description.place();
		Set<ChimeTheme> themes = description.themes();
		this.chimeConnection = themes.contains(ChimeTheme.CONNECTION);
		this.chimeHope = themes.contains(ChimeTheme.HOPE);
		this.chimeIdentity = themes.contains(ChimeTheme.IDENTITY);
		this.chimeMeaning = themes.contains(ChimeTheme.MEANING);
		this.chimeEmpowerment = themes.contains(ChimeTheme.EMPOWERMENT);
		this.note = description.note();
		this.peerWorkerId = description.peerWorkerId();
		this.overrideReason = description.overrideReason();
		this.bridgeTo = description.bridgeTo();
		this.relatives = description.relatives();
		this.updatedBy = userId;
		this.updatedAt = now;
	}

	ContactDescription description() {
		return new ContactDescription(this.kind, this.occurredOn, this.startsAt, this.durationMinutes, this.place,
				themes(), this.note, this.peerWorkerId, this.overrideReason, this.bridgeTo, this.relatives);
	}

	/**
	 * Makes a new contact a plan: it takes no time until it is marked held. A contact
	 * stored already is held, planned or marked, never planned anew.
	 */
	void plan() {
		if (this.id != null || this.status != ContactStatus.HELD) {
			throw new TransitionRefusedException("contact.planned.notNew");
		}
		this.status = ContactStatus.PLANNED;
	}

	/** A planned contact took place, as described. */
	void hold(ContactDescription description, long userId, Instant now) {
		refuseUnlessPlanned();
		describe(description, userId, now);
		this.status = ContactStatus.HELD;
	}

	/** A planned contact did not take place, for the reason given. */
	void notHeld(NotHeldReason reason, long userId, Instant now) {
		refuseUnlessPlanned();
		this.status = ContactStatus.NOT_HELD;
		this.notHeldReason = reason;
		this.updatedBy = userId;
		this.updatedAt = now;
	}

	/** Marks the contact deleted, once. */
	void delete(long userId, String reason, Instant now) {
		refuseIfDeleted();
		this.deletedAt = now;
		this.deletedBy = userId;
		this.deleteReason = reason;
		this.updatedBy = userId;
		this.updatedAt = now;
	}

	/** Whether the contact is a plan still to be marked held or not held. */
	boolean isPlanned() {
		return this.status == ContactStatus.PLANNED;
	}

	/** Only a plan is marked held or not held, and only once. */
	private void refuseUnlessPlanned() {
		refuseIfDeleted();
		if (this.status != ContactStatus.PLANNED) {
			throw new TransitionRefusedException("contact.planned.alreadyMarked");
		}
	}

	private void refuseIfDeleted() {
		if (this.deletedAt != null) {
			throw new TransitionRefusedException("contact.deleted.refused");
		}
	}

	Set<ChimeTheme> themes() {
		Set<ChimeTheme> themes = EnumSet.noneOf(ChimeTheme.class);
		if (this.chimeConnection) {
			themes.add(ChimeTheme.CONNECTION);
		}
		if (this.chimeHope) {
			themes.add(ChimeTheme.HOPE);
		}
		if (this.chimeIdentity) {
			themes.add(ChimeTheme.IDENTITY);
		}
		if (this.chimeMeaning) {
			themes.add(ChimeTheme.MEANING);
		}
		if (this.chimeEmpowerment) {
			themes.add(ChimeTheme.EMPOWERMENT);
		}
		return themes;
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

	@Nullable Long getCourseId() {
		return this.courseId;
	}

	@Nullable Long getRecipientId() {
		return this.recipientId;
	}

	@Nullable Long getPeerWorkerId() {
		return this.peerWorkerId;
	}

	ContactKind getKind() {
		return this.kind;
	}

	ContactStatus getStatus() {
		return this.status;
	}

	@Nullable NotHeldReason getNotHeldReason() {
		return this.notHeldReason;
	}

	LocalDate getOccurredOn() {
		return this.occurredOn;
	}

	@Nullable String getOverrideReason() {
		return this.overrideReason;
	}

	long getCreatedBy() {
		return this.createdBy;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	long getVersion() {
		return this.version;
	}

	boolean isDeleted() {
		return this.deletedAt != null;
	}

}
