package dk.peerstoette.partnership;

/**
 * A module whose records point at units (recipients, courses, peer workers). Their scope
 * is the unit's organisation, so a unit one of them uses keeps its organisation. Each
 * module answers for its own table, so partnership, below them all, names none of their
 * tables.
 */
public interface UnitUsers {

	/** Whether any of this module's records points at the unit. */
	boolean usesUnit(long unitId);

}
