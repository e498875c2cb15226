package dk.peerstoette.partnership;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A line of the partnership list. */
public record PartnershipRow(long id, String name, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
		long organisationCount, boolean active) {

}
