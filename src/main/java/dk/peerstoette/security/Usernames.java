package dk.peerstoette.security;

import java.util.Locale;

/** Usernames are compared and stored trimmed and lower-case. */
public final class Usernames {

	private Usernames() {
	}

	public static String normalise(String username) {
		return username.strip().toLowerCase(Locale.ROOT);
	}

}
