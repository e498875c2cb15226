package dk.peerstoette.instrument;

import java.util.Locale;

/** A line of the instrument list or of an instrument's version history. */
record InstrumentRow(long id, String code, int versionNumber, String nameDa, String nameEn, InstrumentStatus status,
		InstrumentPurpose purpose, long uses) {

	public String name(Locale locale) {
		return Locales.isDanish(locale) ? this.nameDa : this.nameEn;
	}

}
