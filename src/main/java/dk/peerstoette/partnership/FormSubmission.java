package dk.peerstoette.partnership;

import dk.peerstoette.web.RejectedValueException;
import dk.peerstoette.web.ConcurrentChangeException;

import java.util.OptionalLong;
import java.util.function.LongSupplier;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How the structure pages hand a form to their service: a rule the service refuses
 * becomes a message next to the field, a newer save by someone else a message on the
 * form, and nothing is written in either case.
 */
final class FormSubmission {

	private FormSubmission() {
	}

	/**
	 * Creates a record from a valid form.
	 * @param create the service call, answering the id of the new record
	 * @return the id, or empty when the form goes back to the user with its messages
	 */
	static OptionalLong create(BindingResult result, LongSupplier create) {
		if (result.hasErrors()) {
			return OptionalLong.empty();
		}
		try {
			return OptionalLong.of(create.getAsLong());
		}
		catch (RejectedValueException ex) {
			result.rejectValue(ex.getField(), ex.getCode());
		}
		catch (ConcurrentChangeException | ObjectOptimisticLockingFailureException ex) {
			result.reject("form.concurrentChange");
		}
		return OptionalLong.empty();
	}

	/**
	 * Saves a valid form.
	 * @return whether it was saved; if not, the form goes back to the user with its
	 * messages
	 */
	static boolean save(BindingResult result, Runnable save) {
		return create(result, () -> {
			save.run();
			return 0;
		}).isPresent();
	}

	/** Deactivates or reactivates a record, with a flash message either way. */
	static void setActive(RedirectAttributes redirect, boolean active, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("success", active ? "partnership.activated" : "partnership.deactivated");
		}
		catch (ConcurrentChangeException | ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", "form.concurrentChange");
		}
	}

}
