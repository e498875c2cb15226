package dk.peerstoette.contact;

import java.util.List;

import dk.peerstoette.partnership.Choice;

/**
 * What the form for an organisational activity offers: the organisation's units, for a
 * coordinator its active peer workers, the organisational kinds and the places the user
 * wrote lately. {@code linked} is false for a peer worker login without a peer worker
 * record (who has no time to record).
 */
record ActivityChoices(boolean coordinator, boolean linked, List<Choice> units, List<Choice> peerWorkers,
		List<ContactKind> kinds, List<String> places) {

}
