package dk.peerstoette.contact;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.contact.SubmissionTokens.Token;
import dk.peerstoette.security.ExpiredSessionForms;

import org.springframework.stereotype.Component;

/**
 * A contact form sent after the sign-in ran out: what was typed is kept in the new
 * (anonymous) session under the form's token, which survives the sign-in, and the person
 * resumes at the form, filled in again and not yet saved. Only a form with a token that
 * was issued (and not yet used) is kept, and only the person it was issued to gets it
 * back; a form already saved leads to what it made.
 */
@Component
class KeptContactForms implements ExpiredSessionForms {

	private static final Pattern FORM_PATH = Pattern.compile("/contacts(?:/(\\d+)/edit)?");

	private static final String ATTRIBUTE = KeptContactForms.class.getName() + ".";

	private final SubmissionTokens tokens;

	KeptContactForms(SubmissionTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	public Optional<String> keep(HttpServletRequest request) {
		Matcher path = FORM_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		if (!"POST".equals(request.getMethod()) || !path.matches()) {
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
		String form = (path.group(1) != null) ? "/contacts/" + path.group(1) + "/edit" : "/contacts/new";
		return Optional.of(form + "?restore=" + key);
	}

	/** What was typed into the form with this token, if this session kept it. */
	Optional<Map<String, String[]>> kept(@Nullable HttpSession session, String token) {
		if (session == null || !(session.getAttribute(ATTRIBUTE + token) instanceof Kept kept)) {
			return Optional.empty();
		}
		return Optional.of(kept.values());
	}

	/** Forgets what was kept for a form once it is sent again. */
	void forget(@Nullable HttpSession session, String token) {
		if (session != null) {
			session.removeAttribute(ATTRIBUTE + token);
		}
	}

	/** The typed values, serialisable like everything in a session. */
	private record Kept(Map<String, String[]> values) implements Serializable {

	}

}
