package dk.peerstoette.peer;

import java.util.List;

import dk.peerstoette.partnership.Choice;

/** Choices under a heading, e.g. the units of one organisation. */
record ChoiceGroup(String name, List<Choice> choices) {

}
