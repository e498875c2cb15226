package dk.peerstoette.dashboard;

import java.time.LocalDate;

/**
 * The days a dashboard covers, both inclusive.
 *
 * @param from the first day
 * @param to the last day
 */
public record Period(LocalDate from, LocalDate to) {

	public Period {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("A period ends on or after its start");
		}
	}

}
