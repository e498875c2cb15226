/**
 * Outcome instruments as data: versioned questionnaires whose items carry Danish and
 * English text, a CHIME dimension and a scale, with the scoring rule that turns answers
 * into dimension scores. Ships the default CHIME-10; an administrator defines or imports
 * others.
 */
@org.jspecify.annotations.NullMarked
package dk.peerstoette.instrument;
