package dk.peerstoette.course;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecipientNumbersTest {

	@Test
	void typedNumbersAreSplitTrimmedAndDeduplicated() {
		assertThat(RecipientNumbers.parse(" r-001001,R-001002;\nR-001001  R-001003 ,, ")).containsExactly("R-001001",
				"R-001002", "R-001003");
		assertThat(RecipientNumbers.parse("   ")).isEmpty();
	}

}
