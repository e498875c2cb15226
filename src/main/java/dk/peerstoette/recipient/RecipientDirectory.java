package dk.peerstoette.recipient;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What other modules may know about recipients. */
public interface RecipientDirectory {

	/** Labels by id. */
	Map<Long, RecipientLabel> labels(Collection<Long> recipientIds);

	/** Whether every id is a recipient of the organisation. */
	boolean allIn(Collection<Long> recipientIds, long organisationId);

	/** The recipient of the organisation with this internal number. */
	Optional<RecipientLabel> findByNumber(String internalNumber, long organisationId);

	/**
	 * Up to {@code limit} recipients of the organisation whose alias or number contains
	 * the text.
	 */
	List<RecipientLabel> search(String text, long organisationId, int limit);

	/**
	 * Whether the recipient has a consent of this kind that is given, unexpired and not
	 * withdrawn on the day.
	 */
	boolean hasConsent(long recipientId, ConsentKind kind, LocalDate on);

}
