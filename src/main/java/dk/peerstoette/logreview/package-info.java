/**
 * The data protection officer's review of the access log ({@code /audit}): who looked at
 * a recipient, what a user looked at in a period, refusals, and a random sample for the
 * periodic review, each access markable as reviewed with a comment; as pages and as CSV.
 * Only the auditor role comes here, and every use is itself logged.
 */
@org.jspecify.annotations.NullMarked
package dk.peerstoette.logreview;
