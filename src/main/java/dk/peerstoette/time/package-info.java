/**
 * Business time. Users live in one time zone ({@code app.time-zone}, by default
 * {@code Europe/Copenhagen}) while servers often run in UTC; every business date — today,
 * in the future, due, a period's or a summary's month — is judged in that zone. The one
 * {@link java.time.Clock} bean made here is the only source of "now": services and
 * controllers take it by injection, entities are handed the time, and SQL gets today as a
 * parameter. Tests replace the bean to fix the time.
 */
@org.jspecify.annotations.NullMarked
package dk.peerstoette.time;
