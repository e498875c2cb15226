package dk.peerstoette.web;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Asserts that an aggregate refused a transition itself, with the message it gives. */
public final class Refusals {

	private Refusals() {
	}

	public static void assertRefused(String code, ThrowingCallable transition) {
		assertThatExceptionOfType(TransitionRefusedException.class).isThrownBy(transition)
			.satisfies((refusal) -> assertThat(refusal.firstCode()).isEqualTo(code));
	}

}
