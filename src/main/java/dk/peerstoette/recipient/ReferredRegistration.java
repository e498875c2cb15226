package dk.peerstoette.recipient;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.FormProblems;

/**
 * A recipient referred from a partner organisation becomes a recipient of the receiving
 * organisation when a course starts for them there: a record of its own, made from what
 * the consent to sharing covers ({@link SharedRecipient}) and the recipient's own consent
 * to registration with the receiving organisation. What is recorded from then on belongs
 * to the receiving organisation alone.
 */
public interface ReferredRegistration {

	/**
	 * Registers the referred recipient in the coordinator's organisation, in the unit,
	 * with the consent to registration; refused (404) unless a consent to sharing with
	 * the coordinator's organisation holds today. Problems go on the fields
	 * {@code unitId}, {@code consentGivenOn}, {@code consentMethod} and
	 * {@code consentExpiresOn}.
	 * @return the new recipient's id
	 */
	long register(long referredRecipientId, @Nullable Long unitId, @Nullable LocalDate consentGivenOn,
			@Nullable ConsentMethod consentMethod, @Nullable LocalDate consentExpiresOn, StaffUser user,
			FormProblems problems);

}
