package dk.peerstoette.web;

import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * The one check a change makes before it writes over a record: that the record is still
 * at the version the form or button was read at, so a change made on a stale page is
 * refused instead of undoing someone else's save.
 */
public final class Versions {

	private Versions() {
	}

	/**
	 * @param found the record, as looked up by the path's id
	 * @param version the record's version
	 * @param expected the version the change was read at
	 * @return the record, when it exists (else {@link NotFoundException}) and is still at
	 * {@code expected} (else {@link ConcurrentChangeException})
	 */
	public static <T> T require(Optional<T> found, ToLongFunction<T> version, long expected) {
		T record = found.orElseThrow(NotFoundException::new);
		if (version.applyAsLong(record) != expected) {
			throw new ConcurrentChangeException();
		}
		return record;
	}

}
