package dk.peerstoette.contact;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the rules need to know about a course: where it is, when it runs and whether it is
 * a group course. A course runs from its start up to and including the day it ended.
 */
record CourseFacts(long id, long organisationId, long unitId, String kind, LocalDate startsOn,
		@Nullable LocalDate endedOn) {

	boolean runsOn(LocalDate day) {
		return !this.startsOn.isAfter(day) && (this.endedOn == null || !day.isAfter(this.endedOn));
	}

	boolean endedBefore(LocalDate day) {
		return this.endedOn != null && this.endedOn.isBefore(day);
	}

	boolean isGroup() {
		return "GROUP".equals(this.kind);
	}

}
