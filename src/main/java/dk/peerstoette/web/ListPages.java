package dk.peerstoette.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Turns the page and sort asked for in a list's URL into a safe {@link Pageable}: only
 * the columns a list offers can be sorted on (each mapped to its query path; any other
 * sort asked for gives the list's own order), and pages are never larger than
 * {@link #MAX_SIZE}.
 */
public final class ListPages {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	private ListPages() {
	}

	/**
	 * The search text of a list as a lower-case LIKE pattern that finds it anywhere, with
	 * {@code %} and {@code _} taken literally; {@code null} when nothing was typed, so a
	 * query can leave the text filter out.
	 */
	public static @Nullable String containsPattern(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String escaped = text.strip()
			.toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return "%" + escaped + "%";
	}

	/**
	 * @param requested the page as bound from {@code page}, {@code size} and {@code sort}
	 * @param sortable the sort keys a list offers, each to the query path it sorts by
	 * @param defaultKey the key to sort by when none (or an unknown one) is asked for
	 */
	public static Pageable of(Pageable requested, Map<String, String> sortable, String defaultKey) {
		int size = sizeOf(requested);
		Sort.Order asked = requested.getSort().stream().findFirst().orElse(null);
		String key = (asked != null && sortable.containsKey(asked.getProperty())) ? asked.getProperty() : defaultKey;
		Sort.Direction direction = (asked != null && sortable.containsKey(asked.getProperty())) ? asked.getDirection()
				: Sort.Direction.ASC;
		// Paths come from our own table, never from the request, so the unsafe sort is
		// safe.
		Sort sort = JpaSort.unsafe(direction, sortable.get(key));
		if (!key.equals(defaultKey)) {
			sort = sort.and(JpaSort.unsafe(Sort.Direction.ASC, sortable.get(defaultKey)));
		}
		// A page past any list is empty, but its offset must still fit the int that JPA
		// takes.
		int page = Math.min(Math.max(requested.getPageNumber(), 0), Integer.MAX_VALUE / size);
		return PageRequest.of(page, size, sort);
	}

	/**
	 * The page asked for of a list that has one order of its own (a timeline), not sorted
	 * by the request.
	 */
	public static Pageable inFixedOrder(Pageable requested) {
		return PageRequest.of(Math.max(requested.getPageNumber(), 0), sizeOf(requested));
	}

	/**
	 * The SQL {@code order by} list of a list's sort, whose properties are SQL from the
	 * list's sort keys (see {@link #of}), then {@code tieBreak}, which keeps rows that
	 * sort alike in one order from page to page.
	 */
	public static String orderBy(Sort sort, String tieBreak) {
		return Stream
			.concat(sort.stream().map((order) -> order.getProperty() + (order.isAscending() ? " asc" : " desc")),
					Stream.of(tieBreak))
			.collect(Collectors.joining(", "));
	}

	/**
	 * A page of a list read in one statement, each row carrying the list's total in a
	 * column {@code total} ({@code count(*) over ()}). A page past the end has no row to
	 * carry it, so there {@code countAll} counts the list.
	 */
	public static <T> Page<T> counted(JdbcClient.StatementSpec rows, RowMapper<T> row, Pageable pageable,
			LongSupplier countAll) {
		long[] total = { 0 };
		List<T> content = rows.query((rs, n) -> {
			total[0] = rs.getLong("total");
			return row.mapRow(rs, n);
		}).list();
		if (content.isEmpty() && pageable.getOffset() > 0) {
			total[0] = countAll.getAsLong();
		}
		return new PageImpl<>(content, pageable, total[0]);
	}

	private static int sizeOf(Pageable requested) {
		return (requested.getPageSize() > 0) ? Math.min(requested.getPageSize(), MAX_SIZE) : DEFAULT_SIZE;
	}

}
