package dk.peerstoette.web;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What an installation may set in its accessibility statement. */
class AccessibilityStatementTest {

	private static final LocalDate DATE = LocalDate.of(2026, 12, 6);

	@Test
	void withoutAContactThePageNamesTheDefault() {
		AccessibilityStatement statement = new AccessibilityStatement("  ", DATE);
		assertThat(statement.contact()).isNull();
		assertThat(statement.contactIsEmail()).isFalse();
		assertThat(statement.date()).isEqualTo(DATE);
	}

	@Test
	void anEmailAddressBecomesALinkAndAnythingElseStaysText() {
		assertThat(new AccessibilityStatement(" tilgaengelighed@kommune.dk ", DATE).contactIsEmail()).isTrue();
		assertThat(new AccessibilityStatement("tilgaengelighed@kommune.dk", DATE).contact())
			.isEqualTo("tilgaengelighed@kommune.dk");
		assertThat(new AccessibilityStatement("Telefon 33 66 33 66", DATE).contactIsEmail()).isFalse();
		assertThat(new AccessibilityStatement("Skriv til it@kommune.dk eller ring", DATE).contactIsEmail()).isFalse();
	}

}
