package dk.peerstoette.recipient;

import org.springframework.data.domain.Page;

/** A recipient's page: the recipient and a page of their timeline. */
record RecipientPage(RecipientView recipient, Page<TimelineEvent> timeline) {
}
