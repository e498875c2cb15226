/**
 * Retention of recipients' data: each organisation's period (partnership's
 * {@code retention_years}), counted from the day the recipient's last course closed; the
 * daily anonymisation of what falls due ({@link dk.peerstoette.retention.RetentionJob});
 * the coordinator's list of what falls due soon ({@code /retention}); legal holds that
 * stop it; and erasure on the recipient's request (GDPR Art. 17), the same anonymisation
 * with its ground recorded. The anonymisation itself is the recipient module's
 * ({@link dk.peerstoette.recipient.RecipientAnonymisation}).
 */
@org.jspecify.annotations.NullMarked
package dk.peerstoette.retention;
