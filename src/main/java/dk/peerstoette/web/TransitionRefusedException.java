package dk.peerstoette.web;

import java.util.List;

import dk.peerstoette.web.FormProblems.Problem;

/**
 * An aggregate refused a change its state does not allow (a consent withdrawn twice, a
 * plan marked after it was marked), before it changed anything. The entity refuses it
 * itself, so that no service can skip the rule. A refused form like any other: the
 * message goes next to the field named after the property it is about, or on the form (or
 * into the flash message) when it is about the whole record.
 */
public class TransitionRefusedException extends FormRejectedException {

	/** A refusal about the whole record, such as its status. */
	public TransitionRefusedException(String code) {
		this("", code);
	}

	/** A refusal about one property, shown next to the form field of that name. */
	public TransitionRefusedException(String property, String code) {
		super(List.of(new Problem(property, code, List.of())));
	}

}
