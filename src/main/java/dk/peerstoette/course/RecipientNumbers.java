package dk.peerstoette.course;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Internal numbers as a coordinator types them: separated by commas, semicolons, spaces
 * or new lines, in any case.
 */
final class RecipientNumbers {

	private RecipientNumbers() {
	}

	static List<String> parse(String typed) {
		Set<String> numbers = new LinkedHashSet<>();
		for (String part : typed.split("[,;\\s]+")) {
			if (!part.isBlank()) {
				numbers.add(part.strip().toUpperCase(Locale.ROOT));
			}
		}
		return new ArrayList<>(numbers);
	}

	static String join(List<String> numbers) {
		return String.join(", ", numbers);
	}

}
