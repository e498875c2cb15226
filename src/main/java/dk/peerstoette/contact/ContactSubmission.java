package dk.peerstoette.contact;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpSession;

import dk.peerstoette.contact.ContactRejectedException.FieldProblem;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.ConcurrentChangeException;
import dk.peerstoette.web.CprNumbers;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * The one way a contact form is saved, for every contact controller: a warning next to a
 * text that looks like it holds a CPR number, until the user confirms it holds none; the
 * service's rules checked even when field validation already failed, so every message
 * shows at once; an unknown token replaced; a newer version refused; and the copy kept
 * across an expired sign-in forgotten once the form is saved.
 */
@Component
class ContactSubmission {

	private final ContactRecords contacts;

	private final KeptContactForms keptForms;

	ContactSubmission(ContactRecords contacts, KeptContactForms keptForms) {
		this.contacts = contacts;
		this.keptForms = keptForms;
	}

	/**
	 * @param save saves the form, once field validation passed
	 * @param problems the service's rules for a form that failed field validation
	 * @return what was saved, or empty when the form goes back with its messages
	 */
	Optional<SavedContact> save(StaffUser user, ContactForm form, BindingResult result, HttpSession session,
			Supplier<SavedContact> save, Supplier<List<FieldProblem>> problems) {
		CprNumbers.warn(result, form.isCprConfirmed(), "place", "note", "overrideReason");
		if (result.hasErrors()) {
			ContactController.reject(result, problems.get());
			return Optional.empty();
		}
		try {
			SavedContact saved = save.get();
			this.keptForms.forget(session, form.getToken());
			return Optional.of(saved);
		}
		catch (ContactRejectedException ex) {
			ContactController.reject(result, ex.problems());
		}
		catch (UnknownTokenException ex) {
			form.setToken(this.contacts.newToken(user));
			result.reject("contact.token.unknown");
		}
		catch (ConcurrentChangeException | ObjectOptimisticLockingFailureException ex) {
			result.reject("form.concurrentChange");
		}
		return Optional.empty();
	}

}
