package dk.peerstoette.account;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dk.peerstoette.web.FormProblems;

/**
 * What a password must be to be accepted: long, not only one kind of character, not the
 * username and not one of the passwords every attacker tries first. Each problem is a
 * message code.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private static final Set<String> COMMON = Set.of("password1234", "123456789012", "qwertyuiopas", "adgangskode1",
			"adgangskode12", "sommer2024!!", "welcome12345", "changeme1234", "passwordpassword", "123456123456",
			"qwerty123456", "password123!", "administrator", "letmein12345");

	private PasswordPolicy() {
	}

	/**
	 * Finds what is wrong with a new password: that it breaks the policy, and that it was
	 * not typed the same twice, both at once.
	 */
	static void checkNew(String password, String repeat, String username, FormProblems problems) {
		problem(password, username).ifPresent((code) -> problems.add("password", code));
		if (!password.equals(repeat)) {
			problems.add("passwordRepeat", "password.mismatch");
		}
	}

	static Optional<String> problem(String password, String username) {
		if (password.length() < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("password.tooLong");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (!username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
			return Optional.of("password.containsUsername");
		}
		if (COMMON.contains(lower) || password.chars().distinct().count() < 5) {
			return Optional.of("password.common");
		}
		if (characterKinds(password) < 2) {
			return Optional.of("password.tooSimple");
		}
		return Optional.empty();
	}

	private static int characterKinds(String password) {
		boolean letter = password.chars().anyMatch(Character::isLetter);
		boolean digit = password.chars().anyMatch(Character::isDigit);
		boolean other = password.chars().anyMatch((c) -> !Character.isLetterOrDigit(c));
		return (letter ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
	}

}
