package dk.peerstoette.contact;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.course.BridgeDestination;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form for a contact with one recipient, new or corrected. The duration is a quick
 * pick or typed; what is typed wins. Carries the one-time token issued with the form, and
 * the version that was read when it corrects a contact. A peer worker chooses a recipient
 * of their caseload; a coordinator chooses a course, then its recipient and the peer
 * worker who held the contact, and may override the course's end date with a reason.
 */
class ContactForm extends TokenForm {

	/** The free texts, where a CPR number is warned of. */
	static final String[] FREE_TEXTS = { "place", "note", "overrideReason" };

	/** The durations offered as quick picks, in minutes. */
	static final List<Integer> QUICK_MINUTES = List.of(15, 30, 45, 60, 90);

	private @Nullable Long courseId;

	private @Nullable Long recipientId;

	private @Nullable Long peerWorkerId;

	@NotNull
	private @Nullable ContactKind kind = ContactKind.INDIVIDUAL_CONVERSATION;

	@NotNull
	private @Nullable LocalDate occurredOn;

	@NotNull
	@DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
	private @Nullable LocalTime startsAt;

	private @Nullable Integer durationMinutes;

	private @Nullable Integer otherMinutes;

	@Size(max = 100)
	private String place = "";

	private List<ChimeTheme> themes = new ArrayList<>();

	@Size(max = 500)
	private String note = "";

	private boolean override;

	@Size(max = 300)
	private String overrideReason = "";

	/** What a bridge-building contact built a bridge to. */
	private @Nullable BridgeDestination bridgeTo;

	/** How many of the recipient's relatives took part; empty is none. */
	@Min(0)
	@Max(20)
	private @Nullable Integer relatives;

	/** Ticked by the user: what looks like a CPR number in the texts is none. */
	private boolean cprConfirmed;

	/** The duration: the typed minutes if any, else the quick pick. */
	@Nullable Integer minutes() {
		return (this.otherMinutes != null) ? this.otherMinutes : this.durationMinutes;
	}

	/**
	 * Fills in what a contact of any kind says (day, time, duration, place, themes and
	 * note) and the version read, from the contact as stored, to correct it.
	 */
	void fillFrom(Contact contact) {
		ContactDescription description = contact.description();
		setOccurredOn(description.occurredOn());
		setStartsAt(description.startsAt());
		setDurationMinutes(description.durationMinutes());
		setPlace(description.place());
		setThemes(new ArrayList<>(description.themes()));
		setNote(description.note());
		setBridgeTo(description.bridgeTo());
		setRelatives((description.relatives() > 0) ? description.relatives() : null);
		setVersion(contact.getVersion());
	}

	public @Nullable BridgeDestination getBridgeTo() {
		return this.bridgeTo;
	}

	public void setBridgeTo(@Nullable BridgeDestination bridgeTo) {
		this.bridgeTo = bridgeTo;
	}

	public @Nullable Integer getRelatives() {
		return this.relatives;
	}

	public void setRelatives(@Nullable Integer relatives) {
		this.relatives = relatives;
	}

	public @Nullable Long getCourseId() {
		return this.courseId;
	}

	public void setCourseId(@Nullable Long courseId) {
		this.courseId = courseId;
	}

	public @Nullable Long getRecipientId() {
		return this.recipientId;
	}

	public void setRecipientId(@Nullable Long recipientId) {
		this.recipientId = recipientId;
	}

	public @Nullable Long getPeerWorkerId() {
		return this.peerWorkerId;
	}

	public void setPeerWorkerId(@Nullable Long peerWorkerId) {
		this.peerWorkerId = peerWorkerId;
	}

	public @Nullable ContactKind getKind() {
		return this.kind;
	}

	public void setKind(@Nullable ContactKind kind) {
		this.kind = kind;
	}

	public @Nullable LocalDate getOccurredOn() {
		return this.occurredOn;
	}

	public void setOccurredOn(@Nullable LocalDate occurredOn) {
		this.occurredOn = occurredOn;
	}

	public @Nullable LocalTime getStartsAt() {
		return this.startsAt;
	}

	public void setStartsAt(@Nullable LocalTime startsAt) {
		this.startsAt = startsAt;
	}

	/** The quick pick that stands for the duration, if one does. */
	public @Nullable Integer getDurationMinutes() {
		Integer minutes = minutes();
		return (minutes != null && QUICK_MINUTES.contains(minutes)) ? minutes : null;
	}

	public void setDurationMinutes(@Nullable Integer durationMinutes) {
		this.durationMinutes = durationMinutes;
	}

	/** The typed duration, when no quick pick stands for it. */
	public @Nullable Integer getOtherMinutes() {
		Integer minutes = minutes();
		return (minutes != null && !QUICK_MINUTES.contains(minutes)) ? minutes : null;
	}

	public void setOtherMinutes(@Nullable Integer otherMinutes) {
		this.otherMinutes = otherMinutes;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(@Nullable String place) {
		this.place = (place != null) ? place : "";
	}

	public List<ChimeTheme> getThemes() {
		return this.themes;
	}

	public void setThemes(@Nullable List<ChimeTheme> themes) {
		this.themes = (themes != null) ? themes : new ArrayList<>();
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(@Nullable String note) {
		this.note = (note != null) ? note : "";
	}

	public boolean isOverride() {
		return this.override;
	}

	public void setOverride(boolean override) {
		this.override = override;
	}

	public String getOverrideReason() {
		return this.overrideReason;
	}

	public void setOverrideReason(@Nullable String overrideReason) {
		this.overrideReason = (overrideReason != null) ? overrideReason : "";
	}

	public boolean isCprConfirmed() {
		return this.cprConfirmed;
	}

	public void setCprConfirmed(boolean cprConfirmed) {
		this.cprConfirmed = cprConfirmed;
	}

}
