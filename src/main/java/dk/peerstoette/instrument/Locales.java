package dk.peerstoette.instrument;

import java.util.Locale;

/** Instruments hold Danish and English text; Danish is the default. */
final class Locales {

	private Locales() {
	}

	static boolean isDanish(Locale locale) {
		return !"en".equals(locale.getLanguage());
	}

}
