/**
 * The append-only access log. Every feature that reads or changes a person's record
 * records it through {@link dk.peerstoette.audit.AuditLog}; sign-ins are recorded here
 * from Spring Security's events.
 */
@org.jspecify.annotations.NullMarked
package dk.peerstoette.audit;
