package dk.peerstoette.instrument;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static dk.peerstoette.web.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An instrument guards its own status: a draft or retired version is taken into use, a
 * draft or the version in use retires, and only a draft is changed in place.
 */
class InstrumentTest {

	private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

	private final Instrument instrument = new Instrument("CHIME", 1, InstrumentPurpose.RECIPIENT_OUTCOME, NOW);

	@Test
	void aDraftIsTakenIntoUseAndRetired() {
		assertThat(this.instrument.getStatus()).isEqualTo(InstrumentStatus.DRAFT);
		this.instrument.activate(NOW);
		assertThat(this.instrument.getStatus()).isEqualTo(InstrumentStatus.ACTIVE);
		this.instrument.retire(NOW);
		assertThat(this.instrument.getStatus()).isEqualTo(InstrumentStatus.RETIRED);
	}

	@Test
	void aRetiredVersionIsTakenIntoUseAgain() {
		this.instrument.retire(NOW);
		this.instrument.activate(NOW);
		assertThat(this.instrument.getStatus()).isEqualTo(InstrumentStatus.ACTIVE);
	}

	@Nested
	class Refused {

		@Test
		void activatingTheVersionInUse() {
			instrument.activate(NOW);
			assertRefused("instrument.alreadyActive", () -> instrument.activate(NOW));
		}

		@Test
		void retiringARetiredVersion() {
			instrument.retire(NOW);
			assertRefused("instrument.alreadyRetired", () -> instrument.retire(NOW));
		}

		@Test
		void changingAVersionThatIsNoDraft() {
			instrument.activate(NOW);
			assertThatExceptionOfType(InstrumentNotEditableException.class).isThrownBy(() -> instrument.define("Ny",
					"New", null, null, 0, 4, new BigDecimal("0.50"), List.of(), List.of(), NOW));
			assertThat(instrument.getNameDa()).isEqualTo("CHIME");
		}

	}

}
