package dk.peerstoette.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.peerstoette.web.FormProblems.Problem;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a controller hands a bound form to its service and shows what the service
 * refused. The service is called even when the form failed its own (Bean Validation)
 * checks, with a {@link FormProblems} that knows it, so that its own rules run too and
 * the form comes back once with every message; a newer save by someone else becomes a
 * message on the form. Nothing is written in either case.
 */
public final class FormSubmission {

	private FormSubmission() {
	}

	/**
	 * Saves a form through the service and answers what it answered.
	 * @param save the service call; it adds its problems and calls
	 * {@link FormProblems#throwIfAny()} before writing
	 * @return the service's answer, or empty when the form goes back with its messages
	 */
	public static <T> Optional<T> submit(BindingResult result, Function<FormProblems, T> save) {
		try {
			return Optional.of(save.apply(new FormProblems(result.hasErrors())));
		}
		catch (FormRejectedException ex) {
			putOn(result, ex.getProblems());
		}
		catch (ConcurrentChangeException | ObjectOptimisticLockingFailureException ex) {
			result.reject("form.concurrentChange");
		}
		return Optional.empty();
	}

	/**
	 * As {@link #submit}, for a service call that answers nothing.
	 * @return whether the form was saved
	 */
	public static boolean save(BindingResult result, Consumer<FormProblems> save) {
		return submit(result, (problems) -> {
			save.accept(problems);
			return Boolean.TRUE;
		}).isPresent();
	}

	/**
	 * Puts problems on the form. A value that did not bind, or failed its own validation,
	 * keeps that message alone; otherwise a field gets every problem the service named (a
	 * password's several weaknesses at once).
	 */
	public static void putOn(BindingResult result, List<Problem> problems) {
		Set<String> alreadyRefused = result.getFieldErrors()
			.stream()
			.map(FieldError::getField)
			.collect(Collectors.toSet());
		for (Problem problem : problems) {
			if (problem.isGlobal()) {
				result.reject(problem.code(), problem.argArray(), null);
			}
			else if (!alreadyRefused.contains(problem.field())) {
				result.rejectValue(problem.field(), problem.code(), problem.argArray(), null);
			}
		}
	}

	/**
	 * A change without a form (deactivate, discard), answered by a flash message: the
	 * success message, or the refusal's.
	 * @return whether the change was made
	 */
	public static boolean change(RedirectAttributes redirect, String success, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("success", success);
			return true;
		}
		catch (FormRejectedException ex) {
			redirect.addFlashAttribute("error", ex.firstCode());
		}
		catch (ConcurrentChangeException | ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", "form.concurrentChange");
		}
		return false;
	}

}
