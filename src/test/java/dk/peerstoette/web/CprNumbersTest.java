package dk.peerstoette.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CprNumbersTest {

	@ParameterizedTest
	@ValueSource(strings = { "0101901234", "født 010190-1234.", "010190 1234", "010190 - 1234", "010190.1234",
			"010190/1234", "01.01.90-1234", "01/01/90 1234", "01-01-90-1234",
			// full-width digits and hyphen, as an East Asian input method types them
			"０１０１９０－１２３４", "０１０１９０1234",
			// non-breaking hyphen, non-breaking space, en dash, minus sign
			"010190\u20111234", "010190\u00a01234", "010190\u20131234", "010190\u22121234",
			// a zero-width space and a soft hyphen copied along from a document
			"0101\u200b90-1234", "010190\u00ad1234",
			// Arabic-Indic digits
			"\u0660\u0661\u0660\u0661\u0669\u0660-\u0661\u0662\u0663\u0664" })
	void findsACprNumberHoweverItIsWritten(String text) {
		assertThat(CprNumbers.appearsIn(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "Mødtes på biblioteket kl. 10:00", "tlf. 12345678", "+45 12 34 56 78", "12.03.2024",
			"2024-01-15 kl. 12:30", "123456789", "12345678901", "1234-5678", "journal 2023-123456", "010190-12345" })
	void leavesOtherNumbersAlone(String text) {
		assertThat(CprNumbers.appearsIn(text)).isFalse();
	}

}
