package dk.peerstoette.recipient;

import java.util.List;
import java.util.Map;

import dk.peerstoette.partnership.Choice;

import org.springframework.data.domain.Page;

/** The recipient list page: a page of rows and the choices of its filters. */
record RecipientListPage(Page<RecipientRow> page, Map<Long, String> targetGroupNames, List<Choice> units,
		List<Choice> targetGroups, List<Choice> peerWorkers) {
}
