/**
 * Evaluation interviews (issue 19): the national evaluation rested on long interviews
 * with recipients and peer workers. A coordinator or manager draws a stratified random
 * sample of the people who consented to being contacted for one (a recipient's consent
 * kind, a peer worker's consent in the peer module), within their scope; the coordinators
 * see whom to contact. The draw is a function of its seed, its day and who consents, and
 * is not stored: its address shows it again, and the access log keeps every draw and
 * view.
 */
@org.jspecify.annotations.NullMarked
package dk.peerstoette.interview;
