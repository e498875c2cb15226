package dk.peerstoette.instrument;

import java.util.Collection;
import java.util.Map;

/**
 * A module whose records use instruments (outcome's assessments). An instrument in use
 * keeps its wording: it is never edited in place. Each module answers for its own table,
 * so instrument, below them, names none of their tables.
 */
public interface InstrumentUse {

	/**
	 * How many of this module's records use each of the instruments; absent means none.
	 */
	Map<Long, Long> uses(Collection<Long> instrumentIds);

}
