package dk.peerstoette.partnership;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** The search text of a list, as a lower-case LIKE pattern that matches it literally. */
final class TextSearch {

	private TextSearch() {
	}

	/** {@code null} when nothing was typed, so the query leaves the text filter out. */
	static @Nullable String pattern(@Nullable String text) {
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

}
