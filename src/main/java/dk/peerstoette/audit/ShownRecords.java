package dk.peerstoette.audit;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The records a list, search or page showed, by record type ({@code "RECIPIENT"},
 * {@code "CONTACT"}…), for the access log: a contact list that names recipients shows
 * contacts and recipients. Kept so that every look-up that showed a person can be found
 * again ({@link AuditLog#entriesShowing}). Immutable; {@link #and} makes a new one.
 */
public final class ShownRecords {

	private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z_]{0,39}");

	private final Map<String, List<Long>> ids;

	private ShownRecords(Map<String, List<Long>> ids) {
		this.ids = Collections.unmodifiableMap(ids);
	}

	/** The records of one type; the order is kept, a repeated id is shown once. */
	public static ShownRecords of(String entityType, Collection<Long> ids) {
		return new ShownRecords(Map.of()).and(entityType, ids);
	}

	/** These and the records of another type (or more of the same type). */
	public ShownRecords and(String entityType, Collection<Long> ids) {
		if (!TYPE.matcher(entityType).matches()) {
			throw new IllegalArgumentException("A record type is a code");
		}
		Map<String, List<Long>> all = new LinkedHashMap<>(this.ids);
		Set<Long> merged = new LinkedHashSet<>(all.getOrDefault(entityType, List.of()));
		merged.addAll(ids);
		all.put(entityType, List.copyOf(merged));
		return new ShownRecords(all);
	}

	/** The ids shown, by record type. */
	public Map<String, List<Long>> ids() {
		return this.ids;
	}

	/** The ids of one type that were shown. */
	public List<Long> ids(String entityType) {
		return this.ids.getOrDefault(entityType, List.of());
	}

	@Override
	public String toString() {
		// Ids only, never names: this may end up in a log.
		return "ShownRecords" + this.ids;
	}

}
