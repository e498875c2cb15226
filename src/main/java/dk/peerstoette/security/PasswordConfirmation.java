package dk.peerstoette.security;

/**
 * The answer to a password confirmed again: whether it was right, and which of the
 * allowed attempts it was.
 */
public record PasswordConfirmation(Outcome outcome, int attempt, int max) {

	/** Attempts left for the purpose after this one. */
	public int attemptsLeft() {
		return (this.outcome == Outcome.NOT_CHECKED) ? 0 : this.max - this.attempt;
	}

	public enum Outcome {

		/** The right password. */
		CONFIRMED,
		/** A wrong password. */
		WRONG,
		/** Not checked: every allowed attempt was used. */
		NOT_CHECKED

	}

}
