package dk.peerstoette.course;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A mentor course as a referral that hands it over names it. */
public record HandoverCourse(long id, String unitName, LocalDate startsOn, @Nullable LocalDate plannedEndOn,
		@Nullable LocalDate dischargeOn) {

}
