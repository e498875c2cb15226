package dk.peerstoette.web;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.peerstoette.CookieClient;
import dk.peerstoette.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quick entry as a client without a browser sends it (the benchmark's round trip):
 * the form as its page gave it, with the first recipient offered and a half-hour
 * conversation.
 */
final class QuickEntrySubmission {

	private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

	private static final Pattern FIRST_CHOICE = Pattern
		.compile("type=\"radio\" value=\"([0-9]+)\" id=\"recipientId1\" name=\"recipientId\"");

	private QuickEntrySubmission() {
	}

	/** Sends the form of {@code page} (the quick entry's page as the client got it). */
	static HttpResponse<String> send(CookieClient client, String page, String place) {
		return client.post("/contacts",
				Map.of("token", first(TOKEN, page), "recipientId", first(FIRST_CHOICE, page), "durationMinutes", "30",
						"kind", "INDIVIDUAL_CONVERSATION", "place", place, "occurredOn", lastWeekday().toString(),
						"startsAt", "00:05"));
	}

	/**
	 * Demo contacts fall on weekdays (ContactListWebTest), so this one does too; from
	 * yesterday, so that 00:05 is never in the future just after midnight.
	 */
	static LocalDate lastWeekday() {
		LocalDate day = TestClock.today().minusDays(1);
		while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			day = day.minusDays(1);
		}
		return day;
	}

	/** The first group of the pattern's first match on the page. */
	static String first(Pattern pattern, String page) {
		Matcher match = pattern.matcher(page);
		assertThat(match.find()).as(pattern.pattern()).isTrue();
		return match.group(1);
	}

}
