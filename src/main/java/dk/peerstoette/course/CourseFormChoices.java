package dk.peerstoette.course;

import java.util.List;

import dk.peerstoette.partnership.Choice;
import dk.peerstoette.recipient.RecipientLabel;

/**
 * What the course form offers: active units, models, end reasons and peer workers of the
 * coordinator's organisation (plus those a course already has, even if no longer active),
 * and the recipients the typed numbers stand for.
 */
record CourseFormChoices(List<Choice> units, List<Choice> models, List<Choice> endReasons, List<Choice> peerWorkers,
		List<RecipientLabel> chosenRecipients) {

}
