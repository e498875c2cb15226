/**
 * The organisation level of the evaluation: a short survey of a unit's staff about its
 * recovery orientation and its collaboration with peer workers, repeated in rounds. A
 * coordinator opens a round for one of the organisation's units and gets answer links,
 * shown once; whoever holds a link answers once, without an account, and nothing about
 * them is stored. A closed round's results, per CHIME dimension and item with the change
 * since the unit's previous round, are shown to the unit's coordinators and to managers
 * in scope, and only when at least as many answered as any dashboard figure needs.
 */
@org.jspecify.annotations.NullMarked
package dk.peerstoette.staffsurvey;
