package dk.peerstoette.recipient;

import java.util.List;

import dk.peerstoette.partnership.Choice;

import org.springframework.data.domain.Page;

/**
 * A recipient's page: the recipient, a page of their timeline, and the partner
 * organisations a consent to sharing may name (for a coordinator; empty otherwise).
 */
record RecipientPage(RecipientView recipient, Page<TimelineEvent> timeline, List<Choice> partnerOrganisations) {
}
