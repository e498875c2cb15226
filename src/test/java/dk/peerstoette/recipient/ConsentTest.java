package dk.peerstoette.recipient;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static dk.peerstoette.web.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** A consent guards its own withdrawal: once only, and not before it was given. */
class ConsentTest {

	private static final LocalDate GIVEN = LocalDate.of(2026, 3, 1);

	private final Consent consent = new Consent(1, ConsentKind.REGISTRATION, GIVEN, ConsentMethod.WRITTEN, null);

	@Test
	void isWithdrawnFromTheDayItIsWithdrawn() {
		this.consent.withdraw(GIVEN.plusDays(10));
		assertThat(this.consent.getWithdrawnOn()).isEqualTo(GIVEN.plusDays(10));
		assertThat(this.consent.stateOn(GIVEN.plusDays(9))).isEqualTo(ConsentState.ACTIVE);
		assertThat(this.consent.stateOn(GIVEN.plusDays(10))).isEqualTo(ConsentState.WITHDRAWN);
	}

	@Test
	void mayBeWithdrawnOnTheDayItWasGiven() {
		this.consent.withdraw(GIVEN);
		assertThat(this.consent.stateOn(GIVEN)).isEqualTo(ConsentState.WITHDRAWN);
	}

	@Nested
	class Refused {

		@Test
		void aSecondWithdrawalKeepingTheFirstDay() {
			consent.withdraw(GIVEN.plusDays(10));
			assertRefused("recipient.consent.alreadyWithdrawn", () -> consent.withdraw(GIVEN.plusDays(20)));
			assertThat(consent.getWithdrawnOn()).isEqualTo(GIVEN.plusDays(10));
		}

		@Test
		void aWithdrawalBeforeItWasGiven() {
			assertRefused("recipient.consent.withdrawnBeforeGiven", () -> consent.withdraw(GIVEN.minusDays(1)));
			assertThat(consent.getWithdrawnOn()).isNull();
		}

	}

}
