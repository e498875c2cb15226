package dk.peerstoette.recipient;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.peerstoette.security.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recipients as other modules see them: labels, membership of an organisation and
 * consent. The caller owns the scope check and the audit of what it shows.
 */
@Service
@Transactional(readOnly = true)
class RecipientDirectoryQueries implements RecipientDirectory {

	private final RecipientRepository recipients;

	private final ConsentRepository consents;

	RecipientDirectoryQueries(RecipientRepository recipients, ConsentRepository consents) {
		this.recipients = recipients;
		this.consents = consents;
	}

	@Override
	public Map<Long, RecipientLabel> labels(Collection<Long> recipientIds, Role reader) {
		requireSeesRecipients(reader);
		if (recipientIds.isEmpty()) {
			return Map.of();
		}
		return this.recipients.findLabels(Set.copyOf(recipientIds))
			.stream()
			.collect(Collectors.toMap(RecipientLabel::id, Function.identity()));
	}

	@Override
	public boolean allIn(Collection<Long> recipientIds, long organisationId) {
		Set<Long> distinct = new HashSet<>(recipientIds);
		return distinct.isEmpty() || this.recipients.countInOrganisation(distinct, organisationId) == distinct.size();
	}

	@Override
	public Optional<RecipientLabel> findByNumber(String internalNumber, long organisationId) {
		return this.recipients
			.findByInternalNumberAndOrganisationIdAndAnonymisedOnIsNull(internalNumber.strip().toUpperCase(Locale.ROOT),
					organisationId)
			.map(Recipient::label);
	}

	private static void requireSeesRecipients(Role reader) {
		if (!reader.seesRecipients()) {
			throw new AccessDeniedException("This role never sees recipients");
		}
	}

	@Override
	public boolean sharesWith(long recipientId, long organisationId, LocalDate on) {
		return this.consents.sharesOn(recipientId, organisationId, on);
	}

	@Override
	public Optional<SharedRecipient> sharedWith(long recipientId, long organisationId, LocalDate on) {
		if (!sharesWith(recipientId, organisationId, on)) {
			return Optional.empty();
		}
		return this.recipients.findById(recipientId)
			.map((recipient) -> new SharedRecipient(recipientId, recipient.getAlias(), recipient.getBirthYear(),
					recipient.getTargetGroupId()));
	}

	@Override
	public boolean hasConsent(long recipientId, ConsentKind kind, LocalDate on) {
		return this.consents.holdsOn(recipientId, kind, on);
	}

}
