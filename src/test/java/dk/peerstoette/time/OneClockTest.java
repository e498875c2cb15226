package dk.peerstoette.time;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import dk.peerstoette.security.SignedInSessions;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time comes from the one {@link Clock} bean, in the business time zone: no code asks the
 * system for "now" in the server's zone, and no SQL takes the database's day.
 */
class OneClockTest {

	private static final JavaClasses APPLICATION = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dk.peerstoette");

	private static final List<Class<?>> TIME_TYPES = List.of(Instant.class, LocalDate.class, LocalDateTime.class,
			LocalTime.class, ZonedDateTime.class, OffsetDateTime.class, OffsetTime.class, Year.class, YearMonth.class,
			MonthDay.class);

	@Test
	void nothingReadsTheSystemsTimeWithoutTheClock() {
		for (Class<?> type : TIME_TYPES) {
			noClasses().should()
				.callMethod(type, "now")
				.orShould()
				.callMethod(type, "now", ZoneId.class)
				.because("today and now are those of the business time zone, from the Clock bean")
				.check(APPLICATION);
		}
		noClasses().should()
			.callMethod(System.class, "currentTimeMillis")
			.orShould()
			.callConstructor(Date.class)
			.because("the Clock bean is the one source of now")
			.check(APPLICATION);
	}

	@Test
	void onlyTheClockBeanAndTheSessionStoreReadTheSystemClock() {
		noClasses().that()
			.doNotBelongToAnyOf(TimeConfiguration.class, SignedInSessions.class)
			.should()
			.callMethod(Clock.class, "systemDefaultZone")
			.orShould()
			.callMethod(Clock.class, "systemUTC")
			.orShould()
			.callMethod(Clock.class, "system", ZoneId.class)
			.check(APPLICATION);
	}

	@Test
	void noSqlTakesTheDatabasesDay() throws IOException {
		Pattern databaseDay = Pattern.compile("(?i)\\b(current_date|current_time|localtimestamp)\\b");
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			List<String> offending = sources.filter((path) -> path.toString().endsWith(".java"))
				.filter((path) -> databaseDay.matcher(read(path).replaceAll("(?s)/\\*.*?\\*/", "")).find())
				.map(Path::toString)
				.toList();
			assertThat(offending).as("SQL that takes the database's day instead of the Clock's").isEmpty();
		}
	}

	private static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
