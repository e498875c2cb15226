package dk.peerstoette.recipient;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import dk.peerstoette.security.Role;

/**
 * What other modules may know about recipients. Who a recipient is (their label) is given
 * only for a reader whose role may see recipients ({@link Role#seesRecipients()}), and
 * refused with an {@link org.springframework.security.access.AccessDeniedException} for
 * anyone else; the caller checks the reader's scope and audits what it shows.
 */
public interface RecipientDirectory {

	/** Labels by id, for a reader who may see recipients. */
	Map<Long, RecipientLabel> labels(Collection<Long> recipientIds, Role reader);

	/** Whether every id is a recipient of the organisation. */
	boolean allIn(Collection<Long> recipientIds, long organisationId);

	/** The recipient of the organisation with this internal number. */
	Optional<RecipientLabel> findByNumber(String internalNumber, long organisationId);

	/**
	 * Whether the recipient has a consent of this kind that is given, unexpired and not
	 * withdrawn on the day.
	 */
	boolean hasConsent(long recipientId, ConsentKind kind, LocalDate on);

	/**
	 * Whether the recipient has a consent to sharing with the organisation that is given,
	 * unexpired and not withdrawn on the day.
	 */
	boolean sharesWith(long recipientId, long organisationId, LocalDate on);

	/**
	 * What the organisation may see of the recipient on the day: present only while a
	 * consent to sharing with it holds. The caller checks that a referral to the
	 * organisation exists and audits what it shows.
	 */
	Optional<SharedRecipient> sharedWith(long recipientId, long organisationId, LocalDate on);

}
