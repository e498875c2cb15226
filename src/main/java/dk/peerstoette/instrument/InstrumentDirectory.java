package dk.peerstoette.instrument;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.peerstoette.partnership.Choice;

/** What other modules may know about instruments. */
public interface InstrumentDirectory {

	/** The active instruments, by name in the language, for choosing one. */
	List<Choice> activeChoices(Locale locale);

	/** An instrument with its scale and items, whatever its status. */
	Optional<InstrumentDefinition> definition(long instrumentId);

	/**
	 * The instrument a new assessment gets unless another is chosen: the newest active
	 * CHIME-10.
	 */
	Optional<InstrumentDefinition> standard();

}
