package dk.peerstoette.web;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Dates as each language writes and reads them, and what no date field takes. */
class DateFieldFormatterTest {

	private static final Locale DANISH = Locale.forLanguageTag("da");

	private final DateFieldFormatter formatter = new DateFieldFormatter();

	@ParameterizedTest
	@CsvSource({ "2026-12-24, 24.12.2026, 2026-12-24", "2027-01-01, 01.01.2027, 2027-01-01",
			"0001-01-01, 01.01.0001, 0001-01-01" })
	void danishWritesTheDayFirstAndEnglishWritesIso(LocalDate day, String danish, String english) {
		assertThat(this.formatter.print(day, DANISH)).isEqualTo(danish);
		assertThat(this.formatter.print(day, Locale.ENGLISH)).isEqualTo(english);
		assertThat(this.formatter.print(day, Locale.US)).isEqualTo(english);
	}

	@ParameterizedTest
	@ValueSource(strings = { "24.12.2026", " 24.12.2026 ", "24-12-2026", "24/12/2026", "24/12-2026", "24122026",
			"2026-12-24" })
	void danishReadsTheDayFirstAndIso(String typed) {
		assertThat(this.formatter.parse(typed, DANISH)).isEqualTo(LocalDate.of(2026, 12, 24));
	}

	@ParameterizedTest
	@CsvSource({ "4.1.2026, 2026-01-04", "04.01.2026, 2026-01-04", "2026-1-4, 2026-01-04", "01012027, 2027-01-01",
			"29.02.2028, 2028-02-29" })
	void danishReadsShortDaysAndMonths(String typed, LocalDate day) {
		assertThat(this.formatter.parse(typed, DANISH)).isEqualTo(day);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-12-24", "20261224", "24.12.2026" })
	void englishReadsIsoAndTheDayFirstWithDots(String typed) {
		assertThat(this.formatter.parse(typed, Locale.ENGLISH)).isEqualTo(LocalDate.of(2026, 12, 24));
	}

	@ParameterizedTest
	@ValueSource(strings = { "03/04/2026", "12/24/2026", "24/12/2026", "24-12-2026", "24122026" })
	void englishRefusesWhatAReaderCouldTakeTheWrongWayRound(String typed) {
		assertThatIllegalArgumentException().isThrownBy(() -> this.formatter.parse(typed, Locale.ENGLISH));
	}

	@ParameterizedTest
	@ValueSource(strings = { "31.02.2026", "29.02.2026", "24.13.2026", "00.12.2026", "24.12.26", "2026/12/24",
			"+999999999-12-31", "-999999999-01-01", "0000-00-00", "0000-01-01", "10000-01-01", "24.12.20266", "2412202",
			"i dag", "24.12.2026 kl. 10", "２４.１２.２０２６", "" })
	void noLanguageReadsWhatIsNoDayOfYearsOneTo9999(String typed) {
		for (Locale locale : new Locale[] { DANISH, Locale.ENGLISH }) {
			assertThatIllegalArgumentException().as("%s in %s", typed, locale)
				.isThrownBy(() -> this.formatter.parse(typed, locale));
		}
	}

}
