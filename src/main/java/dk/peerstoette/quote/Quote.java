package dk.peerstoette.quote;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.instrument.ChimeDimension;
import dk.peerstoette.web.TransitionRefusedException;

/**
 * An anonymised quote or observation of an organisation, with at least one CHIME
 * dimension, attributed as the national evaluation did: who said it, the level it speaks
 * to and the region. A peer worker's or a colleague's words carry their consent: the day,
 * and who recorded it when. Deleting marks it deleted; the row stays for the audit trail.
 */
@Entity
class Quote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Enumerated(EnumType.STRING)
	private QuoteKind kind;

	private String text;

	@Column(updatable = false)
	private long organisationId;

	private long unitId;

	private @Nullable Long recipientId;

	private LocalDate recordedOn;

	private boolean chimeConnection;

	private boolean chimeHope;

	private boolean chimeIdentity;

	private boolean chimeMeaning;

	private boolean chimeEmpowerment;

	@Enumerated(EnumType.STRING)
	private @Nullable QuoteSpeaker speaker;

	@Enumerated(EnumType.STRING)
	private QuoteLevel level = QuoteLevel.RECIPIENT;

	private @Nullable Long regionId;

	private @Nullable LocalDate speakerConsentOn;

	private @Nullable Long speakerConsentBy;

	private @Nullable Instant speakerConsentAt;

	@Column(updatable = false)
	private long createdBy;

	@Column(updatable = false)
	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	private @Nullable Instant deletedAt;

	private @Nullable Long deletedBy;

	@SuppressWarnings("NullAway")
	protected Quote() {
		this.kind = QuoteKind.QUOTE;
		this.text = "";
	}

	Quote(long organisationId, long createdBy, QuoteContent content, Instant now) {
		this.organisationId = organisationId;
		this.createdBy = createdBy;
		this.kind = content.kind();
		this.text = content.text();
		this.recordedOn = content.recordedOn();
		this.createdAt = now;
		this.updatedAt = now;
		describe(content, createdBy, now);
	}

	/**
	 * Takes the new content; returns the names of the fields that changed. A speaker's
	 * consent is recorded as given by {@code by} when it is new or its day changed; a
	 * speaker whose words need consent without it is refused.
	 */
	List<String> describe(QuoteContent content, long by, Instant now) {
		refuseIfDeleted();
		if (content.speaker().needsConsent() && content.speakerConsentOn() == null) {
			throw new TransitionRefusedException("quote.speakerConsent.required");
		}
		List<String> changed = new ArrayList<>();
		if (this.kind != content.kind()) {
			changed.add("kind");
		}
		if (!this.text.equals(content.text())) {
			changed.add("text");
		}
		if (this.unitId != content.unitId()) {
			changed.add("unit");
		}
		if (!Objects.equals(this.recipientId, content.recipientId())) {
			changed.add("recipient");
		}
		if (!this.recordedOn.equals(content.recordedOn())) {
			changed.add("recordedOn");
		}
		if (!dimensions().equals(content.dimensions())) {
			changed.add("dimensions");
		}
		if (this.speaker != content.speaker()) {
			changed.add("speaker");
		}
		if (this.level != content.level()) {
			changed.add("level");
		}
		if (!Objects.equals(this.regionId, content.regionId())) {
			changed.add("region");
		}
		LocalDate consentOn = content.speaker().needsConsent() ? content.speakerConsentOn() : null;
		if (!Objects.equals(this.speakerConsentOn, consentOn)) {
			changed.add("speakerConsent");
			this.speakerConsentOn = consentOn;
			this.speakerConsentBy = (consentOn != null) ? by : null;
			this.speakerConsentAt = (consentOn != null) ? now : null;
		}
		this.speaker = content.speaker();
		this.level = content.level();
		this.regionId = content.regionId();
		this.kind = content.kind();
		this.text = content.text();
		this.unitId = content.unitId();
		this.recipientId = content.recipientId();
		this.recordedOn = content.recordedOn();
		Set<ChimeDimension> dimensions = content.dimensions();
		this.chimeConnection = dimensions.contains(ChimeDimension.CONNECTION);
		this.chimeHope = dimensions.contains(ChimeDimension.HOPE);
		this.chimeIdentity = dimensions.contains(ChimeDimension.IDENTITY);
		this.chimeMeaning = dimensions.contains(ChimeDimension.MEANING);
		this.chimeEmpowerment = dimensions.contains(ChimeDimension.EMPOWERMENT);
		if (!changed.isEmpty()) {
			this.updatedAt = now;
		}
		return changed;
	}

	/** Marks the quote deleted, once; a deleted quote is never changed again. */
	void delete(long userId, Instant now) {
		refuseIfDeleted();
		this.deletedAt = now;
		this.deletedBy = userId;
	}

	private void refuseIfDeleted() {
		if (this.deletedAt != null) {
			throw new TransitionRefusedException("quote.deleted.refused");
		}
	}

	boolean isDeleted() {
		return this.deletedAt != null;
	}

	Set<ChimeDimension> dimensions() {
		return dimensionsOf(this.chimeConnection, this.chimeHope, this.chimeIdentity, this.chimeMeaning,
				this.chimeEmpowerment);
	}

	static Set<ChimeDimension> dimensionsOf(boolean connection, boolean hope, boolean identity, boolean meaning,
			boolean empowerment) {
		Set<ChimeDimension> dimensions = EnumSet.noneOf(ChimeDimension.class);
		if (connection) {
			dimensions.add(ChimeDimension.CONNECTION);
		}
		if (hope) {
			dimensions.add(ChimeDimension.HOPE);
		}
		if (identity) {
			dimensions.add(ChimeDimension.IDENTITY);
		}
		if (meaning) {
			dimensions.add(ChimeDimension.MEANING);
		}
		if (empowerment) {
			dimensions.add(ChimeDimension.EMPOWERMENT);
		}
		return dimensions;
	}

	@Nullable Long getId() {
		return this.id;
	}

	QuoteKind getKind() {
		return this.kind;
	}

	String getText() {
		return this.text;
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

	LocalDate getRecordedOn() {
		return this.recordedOn;
	}

	long getVersion() {
		return this.version;
	}

	long getCreatedBy() {
		return this.createdBy;
	}

	@Nullable QuoteSpeaker getSpeaker() {
		return this.speaker;
	}

	QuoteLevel getLevel() {
		return this.level;
	}

	@Nullable Long getRegionId() {
		return this.regionId;
	}

	@Nullable LocalDate getSpeakerConsentOn() {
		return this.speakerConsentOn;
	}

}
