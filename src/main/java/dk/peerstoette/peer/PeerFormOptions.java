package dk.peerstoette.peer;

import java.util.List;

import dk.peerstoette.partnership.Choice;

/**
 * What the peer worker form offers the user: an administrator chooses the organisation
 * and sees every organisation's units, logins and coordinators (as supervisors); a
 * coordinator sees their own.
 */
record PeerFormOptions(boolean choosesOrganisation, String organisationName, List<Choice> organisations,
		List<ChoiceGroup> unitGroups, List<ChoiceGroup> loginGroups, List<ChoiceGroup> supervisorGroups,
		List<Choice> models) {

}
