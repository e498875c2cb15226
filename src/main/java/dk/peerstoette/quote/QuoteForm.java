package dk.peerstoette.quote;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.instrument.ChimeDimension;
import dk.peerstoette.web.CprNumbers;
import dk.peerstoette.web.FormProblems;

/**
 * The form for a new or changed quote. The recipient is named by internal number, typed
 * or chosen in the search box; the region is asked for only where the organisation's
 * cannot be worked out; a peer worker's or a colleague's consent is a tick and its day.
 * The version is the one the form was opened with.
 */
class QuoteForm {

	static final int MAX_TEXT = 500;

	@NotNull
	private @Nullable QuoteKind kind = QuoteKind.QUOTE;

	@NotBlank
	@Size(max = MAX_TEXT)
	private String text = "";

	@NotNull
	private @Nullable Long unitId;

	@NotNull
	private @Nullable LocalDate recordedOn;

	private Set<ChimeDimension> dimensions = EnumSet.noneOf(ChimeDimension.class);

	@Size(max = 20)
	private String recipientNumber = "";

	@NotNull
	private @Nullable QuoteSpeaker speaker;

	@NotNull
	private @Nullable QuoteLevel level;

	/** Only where the organisation's region cannot be worked out. */
	private @Nullable Long regionId;

	private boolean speakerConsent;

	private @Nullable LocalDate speakerConsentOn;

	private long version;

	/**
	 * The rules Bean Validation cannot state: no date ahead, a dimension at least, and a
	 * peer worker's or a colleague's consent with its day.
	 */
	void check(LocalDate today, FormProblems problems) {
		if (this.recordedOn != null && this.recordedOn.isAfter(today)) {
			problems.add("recordedOn", "quote.recordedOn.future");
		}
		if (this.speaker != null && this.speaker.needsConsent()) {
			if (!this.speakerConsent) {
				problems.add("speakerConsent", "quote.speakerConsent.required");
			}
			if (this.speakerConsentOn == null) {
				problems.add("speakerConsentOn", "quote.speakerConsentOn.required");
			}
			else if (this.speakerConsentOn.isAfter(today)) {
				problems.add("speakerConsentOn", "quote.speakerConsentOn.future");
			}
		}
		if (this.dimensions.isEmpty()) {
			problems.add("dimensions", "quote.dimensions.required");
		}
		// A quote goes into reports: a CPR number has no place in it, confirmed or not.
		if (CprNumbers.appearsIn(this.text)) {
			problems.add("text", "quote.text.identifying");
		}
	}

	boolean hasRecipient() {
		return !this.recipientNumber.isBlank();
	}

	public @Nullable QuoteKind getKind() {
		return this.kind;
	}

	public void setKind(@Nullable QuoteKind kind) {
		this.kind = kind;
	}

	public String getText() {
		return this.text;
	}

	public void setText(@Nullable String text) {
		this.text = (text != null) ? text.strip() : "";
	}

	public @Nullable Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(@Nullable Long unitId) {
		this.unitId = unitId;
	}

	public @Nullable LocalDate getRecordedOn() {
		return this.recordedOn;
	}

	public void setRecordedOn(@Nullable LocalDate recordedOn) {
		this.recordedOn = recordedOn;
	}

	public Set<ChimeDimension> getDimensions() {
		return this.dimensions;
	}

	public void setDimensions(@Nullable Set<ChimeDimension> dimensions) {
		this.dimensions = (dimensions == null || dimensions.isEmpty()) ? EnumSet.noneOf(ChimeDimension.class)
				: EnumSet.copyOf(dimensions);
	}

	public String getRecipientNumber() {
		return this.recipientNumber;
	}

	public void setRecipientNumber(@Nullable String recipientNumber) {
		this.recipientNumber = (recipientNumber != null) ? recipientNumber.strip() : "";
	}

	public @Nullable QuoteSpeaker getSpeaker() {
		return this.speaker;
	}

	public void setSpeaker(@Nullable QuoteSpeaker speaker) {
		this.speaker = speaker;
	}

	public @Nullable QuoteLevel getLevel() {
		return this.level;
	}

	public void setLevel(@Nullable QuoteLevel level) {
		this.level = level;
	}

	public @Nullable Long getRegionId() {
		return this.regionId;
	}

	public void setRegionId(@Nullable Long regionId) {
		this.regionId = regionId;
	}

	public boolean isSpeakerConsent() {
		return this.speakerConsent;
	}

	public void setSpeakerConsent(boolean speakerConsent) {
		this.speakerConsent = speakerConsent;
	}

	public @Nullable LocalDate getSpeakerConsentOn() {
		return this.speakerConsentOn;
	}

	public void setSpeakerConsentOn(@Nullable LocalDate speakerConsentOn) {
		this.speakerConsentOn = speakerConsentOn;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
