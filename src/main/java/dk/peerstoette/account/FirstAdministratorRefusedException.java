package dk.peerstoette.account;

import org.jspecify.annotations.Nullable;

/**
 * The first administrator's settings would leave a guessable or unusable administrator:
 * the start stops. Explained by {@link FirstAdministratorRefusedFailureAnalyzer}.
 */
class FirstAdministratorRefusedException extends IllegalStateException {

	/**
	 * The password policy's message code, or {@code null} when the username is refused.
	 */
	private final @Nullable String passwordProblem;

	private FirstAdministratorRefusedException(String message, @Nullable String passwordProblem) {
		super(message);
		this.passwordProblem = passwordProblem;
	}

	static FirstAdministratorRefusedException password(String problem) {
		return new FirstAdministratorRefusedException("APP_ADMIN_PASSWORD is refused by the password policy", problem);
	}

	static FirstAdministratorRefusedException username() {
		return new FirstAdministratorRefusedException(
				"APP_ADMIN_USERNAME must be 3-50 letters, digits, '.', '_' or '-'", null);
	}

	@Nullable String getPasswordProblem() {
		return this.passwordProblem;
	}

}
