package dk.peerstoette.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to the current page that keep its query: at another page of a list, sorted by
 * another column, or in another language. Every view gets one as {@code links} (see
 * {@link LayoutModel}); Thymeleaf does not let links call beans directly. The request's
 * query string is already encoded, and what is put in is plain ASCII.
 */
public final class PageLinks {

	private final HttpServletRequest request;

	PageLinks(HttpServletRequest request) {
		this.request = request;
	}

	/** The current page with one query parameter set, e.g. to switch language. */
	public String with(String name, String value) {
		return current().replaceQueryParam(name, value).build(true).toUriString();
	}

	/** The current list at another page. */
	public String page(int page) {
		return current().replaceQueryParam("page", page).build(true).toUriString();
	}

	/**
	 * The current list sorted by {@code key}; a second click on the same column reverses
	 * it.
	 */
	public String sort(String key) {
		String direction = (key.equals(sortKey()) && "asc".equals(sortDirection())) ? "desc" : "asc";
		return current().replaceQueryParam("sort", key + "," + direction)
			.replaceQueryParam("page")
			.build(true)
			.toUriString();
	}

	/** "ascending", "descending" or "none", for the column's {@code aria-sort}. */
	public String ariaSort(String key, String defaultKey) {
		String current = (sortKey().isEmpty()) ? defaultKey : sortKey();
		if (!current.equals(key)) {
			return "none";
		}
		return "desc".equals(sortDirection()) ? "descending" : "ascending";
	}

	/**
	 * The page numbers to offer around the current one: a fixed window, whatever the
	 * total.
	 */
	public List<Integer> window(int current, int totalPages) {
		int first = Math.max(0, Math.min(current - 2, totalPages - 5));
		int last = Math.min(totalPages - 1, first + 4);
		List<Integer> pages = new ArrayList<>();
		for (int i = first; i <= last; i++) {
			pages.add(i);
		}
		return pages;
	}

	private String sortKey() {
		String sort = this.request.getParameter("sort");
		return (sort != null) ? sort.split(",")[0] : "";
	}

	private String sortDirection() {
		String sort = this.request.getParameter("sort");
		return (sort != null && sort.endsWith(",desc")) ? "desc" : "asc";
	}

	private UriComponentsBuilder current() {
		return ServletUriComponentsBuilder.fromRequest(this.request).scheme(null).host(null).port(null);
	}

}
