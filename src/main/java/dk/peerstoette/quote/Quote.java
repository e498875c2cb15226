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
 * dimension. Deleting marks it deleted; the row stays for the audit trail.
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
		describe(content, now);
	}

	/** Takes the new content; returns the names of the fields that changed. */
	List<String> describe(QuoteContent content, Instant now) {
		refuseIfDeleted();
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

}
