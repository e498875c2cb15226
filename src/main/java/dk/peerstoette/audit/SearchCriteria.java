package dk.peerstoette.audit;

import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * What a list or search was asked for, as the access log keeps it (Datatilsynet: a search
 * is logged with its criterion): each filter and the search text by name, as the user
 * gave them, and the page and sort. Unset values are left out; text is kept as typed, up
 * to {@link #MAX_TEXT} characters and without control characters. Immutable; {@link #and}
 * makes a new one.
 */
public final class SearchCriteria {

	/** How much of a typed text is kept. */
	public static final int MAX_TEXT = 200;

	private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9_]{0,39}");

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private static final SearchCriteria NONE = new SearchCriteria(Map.of());

	private final Map<String, Object> values;

	private SearchCriteria(Map<String, Object> values) {
		this.values = Collections.unmodifiableMap(values);
	}

	/** No criteria: the whole list in the user's scope. */
	public static SearchCriteria none() {
		return NONE;
	}

	/** One criterion; see {@link #and}. */
	public static SearchCriteria of(String name, @Nullable Object value) {
		return NONE.and(name, value);
	}

	/**
	 * These and one more criterion: text, a number, a yes/no, an enum (by name), a date
	 * or a collection of these. A null, a blank text or an empty collection is left out.
	 */
	public SearchCriteria and(String name, @Nullable Object value) {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("A criterion's name is a code");
		}
		Object kept = kept(value);
		if (kept == null) {
			return this;
		}
		Map<String, Object> all = new LinkedHashMap<>(this.values);
		all.put(name, kept);
		return new SearchCriteria(all);
	}

	/** These and the page asked for: its number, size and sort. */
	public SearchCriteria and(Pageable pageable) {
		SearchCriteria criteria = this;
		if (pageable.isPaged()) {
			criteria = criteria.and("page", pageable.getPageNumber()).and("size", pageable.getPageSize());
		}
		return criteria.and("sort", pageable.getSort()
			.stream()
			.map((order) -> order.getProperty() + ((order.getDirection() == Sort.Direction.DESC) ? ",desc" : ""))
			.toList());
	}

	/** The criteria by name, in the order they were given. */
	public Map<String, Object> values() {
		return this.values;
	}

	private static @Nullable Object kept(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Number || value instanceof Boolean) {
			return value;
		}
		if (value instanceof Enum<?> constant) {
			return constant.name();
		}
		if (value instanceof Collection<?> collection) {
			List<Object> list = collection.stream().map(SearchCriteria::kept).filter(Objects::nonNull).toList();
			return list.isEmpty() ? null : list;
		}
		String text = (value instanceof TemporalAccessor) ? value.toString()
				: CONTROL.matcher(value.toString()).replaceAll(" ").strip();
		if (text.isEmpty()) {
			return null;
		}
		if (text.length() <= MAX_TEXT) {
			return text;
		}
		// Never half a character that takes two chars (an emoji).
		return text.substring(0, Character.isHighSurrogate(text.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT);
	}

	@Override
	public String toString() {
		// The names only: the values may be what someone typed.
		return "SearchCriteria" + this.values.keySet();
	}

}
