/**
 * The start page: who is signed in, and what is waiting for them today. It sits on top of
 * the feature modules and may ask each of them for what the start page shows.
 */
@org.jspecify.annotations.NullMarked
package dk.peerstoette.home;
