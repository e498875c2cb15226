package dk.peerstoette.retention;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a recipient's retention page shows: who (their label), whether they are
 * anonymised, when they fall due (none while a course is open), and their holds.
 */
record RetentionView(long recipientId, String label, @Nullable LocalDate anonymisedOn, @Nullable DueRecipient due,
		List<HoldRow> holds, LocalDate today) {

	public boolean isAnonymised() {
		return this.anonymisedOn != null;
	}

	public @Nullable HoldRow holdInForce() {
		return this.holds.stream().filter(HoldRow::isInForce).findFirst().orElse(null);
	}

}
