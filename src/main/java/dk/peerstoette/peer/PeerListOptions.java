package dk.peerstoette.peer;

import java.util.List;

import dk.peerstoette.partnership.Choice;

/** The filters the peer worker list offers the user. */
record PeerListOptions(boolean allOrganisations, List<Choice> organisations, List<ChoiceGroup> unitGroups) {

}
