package dk.peerstoette.recipient;

import java.time.Instant;
import java.util.List;

/**
 * Everything held about one recipient (GDPR Art. 15), as its PDF and JSON file show it:
 * whose, produced when and by which organisation, and the sections in document order.
 */
record SubjectAccessExport(long recipientId, String internalNumber, String label, String organisationName,
		Instant producedAt, List<SubjectAccessSection> sections) {

	SubjectAccessExport {
		sections = List.copyOf(sections);
	}

}
