package dk.peerstoette.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;

import dk.peerstoette.web.FormProblems;

/**
 * What a password must be to be accepted: at least {@value #MIN_LENGTH} characters once
 * runs of spaces count as one, not only one kind of character, not containing the
 * username, not one of the 100,000 passwords of leaked password sets nor a Danish word or
 * name people build passwords from, and hard enough to guess as nbvcxz judges it (at
 * least {@value #MIN_ENTROPY} bits: words, names, years, keyboard runs and repeats count
 * for little). The word lists and their sources: {@code passwords/SOURCES.md}. Each
 * problem is a message code, and every problem is named at once.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	/** nbvcxz's own default: about 35 billion guesses. */
	static final int MIN_ENTROPY = 35;

	private PasswordPolicy() {
	}

	/**
	 * Finds what is wrong with a new password: everything that breaks the policy, and
	 * that it was not typed the same twice, all at once.
	 */
	static void checkNew(String password, String repeat, String username, FormProblems problems) {
		problems(password, username).forEach((code) -> problems.add("password", code));
		if (!password.equals(repeat)) {
			problems.add("passwordRepeat", "password.mismatch");
		}
	}

	/** The first problem of the password, for a setting that names one. */
	static Optional<String> problem(String password, String username) {
		return problems(password, username).stream().findFirst();
	}

	/** Every problem of the password, most basic first. */
	static List<String> problems(String password, String username) {
		List<String> problems = new ArrayList<>();
		// Ten spaces are as easy to type, and to guess, as one.
		String collapsed = password.strip().replaceAll("\\s+", " ");
		if (collapsed.length() < MIN_LENGTH) {
			problems.add("password.tooShort");
		}
		if (password.length() > MAX_LENGTH) {
			// Not judged further: nbvcxz's time grows with the length.
			problems.add("password.tooLong");
			return problems;
		}
		String lower = collapsed.toLowerCase(Locale.ROOT);
		if (!username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
			problems.add("password.containsUsername");
		}
		boolean common = Strength.isListed(lower) || password.chars().distinct().count() < 5;
		if (common) {
			problems.add("password.common");
		}
		if (characterKinds(password) < 2) {
			problems.add("password.tooSimple");
		}
		if (!common && new Nbvcxz(Strength.CONFIGURATION).estimate(password).getEntropy() < MIN_ENTROPY) {
			problems.add("password.guessable");
		}
		return problems;
	}

	private static int characterKinds(String password) {
		boolean letter = password.chars().anyMatch(Character::isLetter);
		boolean digit = password.chars().anyMatch(Character::isDigit);
		boolean other = password.chars().anyMatch((c) -> !Character.isLetterOrDigit(c));
		return (letter ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
	}

	/**
	 * The estimator and its word lists, loaded once, when a password is first judged
	 * (about a second and 30 MB; the first administrator's check at start is the usual
	 * first).
	 */
	private static final class Strength {

		private static final Dictionary DANISH = new Dictionary("danish", read("passwords/danish.txt"), false);

		private static final List<Dictionary> DICTIONARIES = dictionaries();

		// An estimator per password: nbvcxz does not promise that one may be shared.
		static final Configuration CONFIGURATION = configuration();

		/** Whether the whole password is one of the listed passwords or Danish words. */
		static boolean isListed(String lower) {
			return DICTIONARIES.stream()
				.filter((dictionary) -> "passwords".equals(dictionary.getDictionaryName()) || dictionary == DANISH)
				.anyMatch((dictionary) -> dictionary.getDictonary().containsKey(lower));
		}

		private static List<Dictionary> dictionaries() {
			List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
			dictionaries.add(DANISH);
			return List.copyOf(dictionaries);
		}

		private static Configuration configuration() {
			return new ConfigurationBuilder().setDictionaries(DICTIONARIES)
				.setMinimumEntropy((double) MIN_ENTROPY)
				.setLocale(Locale.ENGLISH)
				.createConfiguration();
		}

		/** One word a line, most likely first, {@code #} lines left out: word to rank. */
		private static Map<String, Integer> read(String resource) {
			Map<String, Integer> ranked = new HashMap<>();
			try (InputStream in = Objects
				.requireNonNull(PasswordPolicy.class.getClassLoader().getResourceAsStream(resource), resource);
					BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					String word = line.strip().toLowerCase(Locale.ROOT);
					if (!word.isEmpty() && !word.startsWith("#")) {
						ranked.putIfAbsent(word, ranked.size() + 1);
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return ranked;
		}

	}

}
