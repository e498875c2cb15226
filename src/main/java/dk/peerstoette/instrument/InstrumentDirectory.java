package dk.peerstoette.instrument;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.peerstoette.partnership.Choice;

/** What other modules may know about instruments. */
public interface InstrumentDirectory {

	/**
	 * The active instruments for a recipient's assessment, by name in the language, for
	 * choosing one.
	 */
	default List<Choice> activeChoices(Locale locale) {
		return activeChoices(InstrumentPurpose.RECIPIENT_OUTCOME, locale);
	}

	/** The active instruments for the purpose, by name in the language. */
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
	 * The newest active version of the instrument shipped for the purpose (CHIME-10,
	 * STAFF-10), if it is still in use.
	 */
	Optional<InstrumentDefinition> standard(InstrumentPurpose purpose);

}
