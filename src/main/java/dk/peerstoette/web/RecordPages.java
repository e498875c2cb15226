package dk.peerstoette.web;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where the pages of records that are listed, created, shown with their edit form and
 * deactivated rather than deleted (the administration pages) go after a change: a saved
 * form or a (de)activation leads to the record's page with a flash message, a refused
 * form comes back with its messages (see {@link FormSubmission}).
 *
 * @param path the records' path, e.g. {@code /admin/units}; a record's page is
 * {@code path/id}
 * @param saved the message after a record's form was saved
 * @param activated the message after a record was activated
 * @param deactivated the message after a record was deactivated
 */
public record RecordPages(String path, String saved, String activated, String deactivated) {

	/**
	 * Puts a list page's rows and its search text as typed on the model; the filters are
	 * each page's own.
	 */
	public static void list(Model model, Page<?> page, @Nullable String text) {
		model.addAttribute("page", page);
		model.addAttribute("q", (text != null) ? text : "");
	}

	/**
	 * Creates a record from a form.
	 * @param create the service call, answering the new record's id
	 * @param refused the form's page again
	 * @return the new record's page with {@code message}, or the form's page
	 */
	public String create(BindingResult result, RedirectAttributes redirect, String message,
			Function<FormProblems, Long> create, Supplier<String> refused) {
		Optional<Long> id = FormSubmission.submit(result, create);
		if (id.isPresent()) {
			redirect.addFlashAttribute("success", message);
			return redirectTo(id.get());
		}
		return refused.get();
	}

	/** Saves a record's edit form, as {@link #change} with the {@code saved} message. */
	public String update(long id, BindingResult result, RedirectAttributes redirect, Consumer<FormProblems> update,
			Supplier<String> refused) {
		return change(id, result, redirect, this.saved, update, refused);
	}

	/**
	 * Saves a form that changes a record (or something of it).
	 * @param save the service call
	 * @param refused the form's page again
	 * @return the record's page with {@code message}, or the form's page
	 */
	public String change(long id, BindingResult result, RedirectAttributes redirect, String message,
			Consumer<FormProblems> save, Supplier<String> refused) {
		if (FormSubmission.save(result, save)) {
			redirect.addFlashAttribute("success", message);
			return redirectTo(id);
		}
		return refused.get();
	}

	/**
	 * (De)activates a record, answered by a flash message on its page (see
	 * {@link FormSubmission#change}).
	 */
	public String setActive(long id, boolean active, RedirectAttributes redirect, Runnable change) {
		FormSubmission.change(redirect, active ? this.activated : this.deactivated, change);
		return redirectTo(id);
	}

	private String redirectTo(long id) {
		return "redirect:" + this.path + "/" + id;
	}

}
