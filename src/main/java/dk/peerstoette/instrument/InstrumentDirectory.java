package dk.peerstoette.instrument;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.peerstoette.partnership.Choice;

/** What other modules may know about instruments. */
public interface InstrumentDirectory {

	/**
	 * The active instruments of recipients' outcomes, by name in the language, for
	 * choosing one for an assessment.
	 */
	default List<Choice> activeChoices(Locale locale) {
		return activeChoices(InstrumentPurpose.RECIPIENT_OUTCOME, locale);
	}

	/** The active instruments for a purpose, by name in the language. */
	List<Choice> activeChoices(InstrumentPurpose purpose, Locale locale);

	/** An instrument with its scale and items, whatever its status. */
	Optional<InstrumentDefinition> definition(long instrumentId);

	/**
	 * The instrument a new assessment gets unless another is chosen: the newest active
	 * CHIME-10.
	 */
	default Optional<InstrumentDefinition> standard() {
		return standard(InstrumentPurpose.RECIPIENT_OUTCOME);
	}

	/**
	 * The instrument offered first for a purpose: the newest active version of the one we
	 * ship (CHIME-10 for recipients, CHECKIN-7 for peer workers' check-ins, STAFF-10 for
	 * the staff survey), else the first active one of the purpose by name.
	 */
	Optional<InstrumentDefinition> standard(InstrumentPurpose purpose);

}
