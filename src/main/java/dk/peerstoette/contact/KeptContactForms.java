package dk.peerstoette.contact;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.contact.SubmissionTokens.Token;
import dk.peerstoette.security.ExpiredSessionForms;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.CprNumbers;
import dk.peerstoette.web.FormProblems;
import dk.peerstoette.web.FormSubmission;

import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;

/**
 * A contact form sent after the sign-in ran out: what was typed is kept in the new
 * (anonymous) session under the form's token, which survives the sign-in, and the person
 * resumes at the form, filled in again and not yet saved. Only a form with a token that
 * was issued (and not yet used) is kept, and only the person it was issued to gets it
 * back; a form already saved leads to what it made.
 * <p>
 * Every contact form is kept: a form posted to
 * {@code /contacts[/group|/activities|/planned]} resumes at its {@code /new} page, one
 * posted to {@code .../{id}/edit}, {@code /held} or {@code /not-held} at the same path.
 * Each controller puts its form back with {@link #restore} (or {@link #restoreOr}) and
 * sends it with {@link #submit}, which forgets what was kept once it is saved.
 */
@Component
class KeptContactForms implements ExpiredSessionForms {

	/** A form's path: a new contact's ({@code /new} is shown), or one on a contact. */
	private static final Pattern FORM_PATH = Pattern.compile("/contacts(?:/group|/activities|/planned)?"
			+ "|/contacts(?:/group|/activities)?/\\d+/edit|/contacts/planned/\\d+/(?:held|not-held)");

	private static final String ATTRIBUTE = KeptContactForms.class.getName() + ".";

	private final SubmissionTokens tokens;

	private final ConversionService conversionService;

	KeptContactForms(SubmissionTokens tokens, @Qualifier("mvcConversionService") ConversionService conversionService) {
		this.tokens = tokens;
		this.conversionService = conversionService;
	}

	@Override
	public Optional<String> keep(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Matcher form = FORM_PATH.matcher(path);
		if (!"POST".equals(request.getMethod()) || !form.matches()) {
			return Optional.empty();
		}
		Optional<Token> token = this.tokens.find(request.getParameter("token"));
		if (token.isEmpty()) {
			return Optional.empty();
		}
		if (token.get().isUsed()) {
			return Optional.ofNullable(token.get().resultPath());
		}
		Map<String, String[]> values = new HashMap<>(request.getParameterMap());
		values.remove("_csrf");
		String key = token.get().value().toString();
		request.getSession().setAttribute(ATTRIBUTE + key, new Kept(values));
		String resume = path.matches(".*/\\d+/[a-z-]+") ? path : path + "/new";
		return Optional.of(resume + "?restore=" + key);
	}

	/**
	 * Puts a form that was sent after the sign-in ran out back in the model under
	 * {@code name}, as it was typed (with a message for a value that does not fit), and
	 * sets {@code restored}, if this session kept it and its token was issued to this
	 * user.
	 * @return the redirect to what the form saved, if it was saved meanwhile
	 */
	<F> Optional<String> restore(StaffUser user, @Nullable String restore, @Nullable HttpSession session, Model model,
			String name, Supplier<F> empty) {
		if (restore == null) {
			return Optional.empty();
		}
		Optional<Token> token = this.tokens.find(restore).filter((found) -> found.userId() == user.getId());
		if (token.isPresent() && token.get().isUsed()) {
			return Optional.of("redirect:" + token.get().resultPath());
		}
		token.flatMap((found) -> kept(session, restore)).ifPresent((kept) -> {
			F form = empty.get();
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, bind(form, name, kept));
			model.addAttribute(name, form);
			model.addAttribute("restored", true);
		});
		return Optional.empty();
	}

	/**
	 * As {@link #restore}; a form that was not kept is {@code fresh}, unless the model
	 * holds one already.
	 */
	<F> Optional<String> restoreOr(StaffUser user, @Nullable String restore, @Nullable HttpSession session, Model model,
			String name, Supplier<F> empty, Supplier<? extends F> fresh) {
		Optional<String> saved = restore(user, restore, session, model, name, empty);
		if (saved.isEmpty() && !model.containsAttribute(name)) {
			model.addAttribute(name, fresh.get());
		}
		return saved;
	}

	/**
	 * Sends a contact form to its service as {@link FormSubmission#submit} does, after
	 * warning of anything like a CPR number in its free texts, and forgets what was kept
	 * for it once it is saved.
	 * @return the service's answer, or empty when the form goes back with its messages
	 */
	Optional<SavedContact> submit(ContactForm form, BindingResult result, @Nullable HttpSession session,
			Function<FormProblems, SavedContact> save) {
		CprNumbers.warn(result, form.isCprConfirmed(), ContactForm.FREE_TEXTS);
		Optional<SavedContact> saved = FormSubmission.submit(result, save);
		if (saved.isPresent()) {
			forget(session, form.getToken());
		}
		return saved;
	}

	/** Forgets what was kept for a form once it is sent again. */
	void forget(@Nullable HttpSession session, @Nullable String token) {
		if (session != null && token != null) {
			session.removeAttribute(ATTRIBUTE + token);
		}
	}

	/** What was typed into the form with this token, if this session kept it. */
	private Optional<Map<String, String[]>> kept(@Nullable HttpSession session, String token) {
		if (session == null || !(session.getAttribute(ATTRIBUTE + token) instanceof Kept kept)) {
			return Optional.empty();
		}
		return Optional.of(kept.values());
	}

	/**
	 * Binds what was typed into a form as a submit would (every form's binder disallows
	 * "id"), so a value that does not fit comes back as typed, with its message.
	 */
	private BindingResult bind(Object form, String name, Map<String, String[]> values) {
		WebDataBinder binder = new WebDataBinder(form, name);
		binder.setConversionService(this.conversionService);
		binder.setDisallowedFields("id");
		MutablePropertyValues properties = new MutablePropertyValues();
		values.forEach((field, typed) -> properties.add(field, (typed.length == 1) ? typed[0] : typed));
		binder.bind(properties);
		return binder.getBindingResult();
	}

	/** The typed values, serialisable like everything in a session. */
	private record Kept(Map<String, String[]> values) implements Serializable {

	}

}
