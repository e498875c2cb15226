package dk.peerstoette.contact;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.course.BridgeDestination;

/**
 * Every value of a contact that a form sets, after the service has checked it. Who the
 * contact was with (course, recipient) is fixed when it is created. {@code bridgeTo} is
 * only a bridge-building contact's; {@code relatives} counts the recipient's relatives
 * who took part (0: none).
 */
record ContactDescription(ContactKind kind, LocalDate occurredOn, LocalTime startsAt, int durationMinutes,
		@Nullable String place, Set<ChimeTheme> themes, @Nullable String note, @Nullable Long peerWorkerId,
		@Nullable String overrideReason, @Nullable BridgeDestination bridgeTo, int relatives) {

	/** The field that stands for the note in the history, without its text. */
	static final String NOTE = "note";

	ContactDescription {
		themes = themes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(themes));
		// Only a bridge-building contact has a bridge's destination.
		if (kind != ContactKind.BRIDGE_BUILDING) {
			bridgeTo = null;
		}
	}

	/**
	 * What differs from {@code before}, field by field, with the values as the history
	 * keeps them: codes, ISO dates and times, ids. The note's text is never copied: a
	 * changed note is recorded with both values empty.
	 */
	List<Change> changesFrom(ContactDescription before) {
		List<Change> changes = new ArrayList<>();
		add(changes, "kind", before.kind, this.kind);
		add(changes, "occurredOn", before.occurredOn, this.occurredOn);
		add(changes, "startsAt", before.startsAt, this.startsAt);
		add(changes, "durationMinutes", before.durationMinutes, this.durationMinutes);
		add(changes, "place", before.place, this.place);
		for (ChimeTheme theme : ChimeTheme.values()) {
			add(changes, "chime." + theme, before.themes.contains(theme), this.themes.contains(theme));
		}
		add(changes, "peerWorker", before.peerWorkerId, this.peerWorkerId);
		add(changes, "overrideReason", before.overrideReason, this.overrideReason);
		add(changes, "bridgeTo", before.bridgeTo, this.bridgeTo);
		add(changes, "relatives", before.relatives, this.relatives);
		if (!Objects.equals(before.note, this.note)) {
			changes.add(new Change(NOTE, null, null));
		}
		return changes;
	}

	private static void add(List<Change> changes, String field, @Nullable Object before, @Nullable Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(new Change(field, text(before), text(after)));
		}
	}

	private static @Nullable String text(@Nullable Object value) {
		return (value != null) ? value.toString() : null;
	}

	/** The fields named in a list of changes, for the audit log. */
	static String fieldsOf(List<Change> changes) {
		// One name for a group's attendance, however many members changed.
		return changes.stream()
			.map((change) -> change.field().replaceFirst(":.*", ""))
			.distinct()
			.collect(Collectors.joining(","));
	}

	/** One field's change, as the history keeps it. */
	record Change(String field, @Nullable String oldValue, @Nullable String newValue) {

	}

}
