package dk.peerstoette.staffsurvey;

import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.security.ExpiredSessionForms;

import org.springframework.stereotype.Component;

/**
 * Answers sent after the page's session ran out (half an hour without a request) fail the
 * CSRF check and are not stored; rather than losing them, they are kept in the new
 * session, for this link only (by its hash), and the answer page opens again with them
 * filled in, to be sent once more. Only values of the scale's kind are kept (small whole
 * numbers by item id), and they leave the session as soon as the page has read them.
 */
@Component
class KeptSurveyAnswers implements ExpiredSessionForms {

	private static final Pattern ANSWER_PATH = Pattern
		.compile(Pattern.quote(SurveyAnswerController.PATH) + "/([A-Za-z0-9_-]{43})");

	private static final Pattern ANSWER = Pattern.compile("answers\\[([0-9]{1,18})\\]");

	private static final String ATTRIBUTE = KeptSurveyAnswers.class.getName();

	@Override
	public Optional<String> keep(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Matcher form = ANSWER_PATH.matcher(path);
		if (!"POST".equals(request.getMethod()) || !form.matches()) {
			return Optional.empty();
		}
		Map<Long, Integer> answers = new HashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			Matcher answer = ANSWER.matcher(name);
			if (answer.matches() && values.length == 1 && values[0].matches("-?[0-9]{1,2}")) {
				answers.put(Long.parseLong(answer.group(1)), Integer.parseInt(values[0]));
			}
		});
		request.getSession().setAttribute(ATTRIBUTE, new Kept(hashOf(form.group(1)), answers));
		return Optional.of(path + "?restored");
	}

	/** The answers kept for this link in this session, once. */
	Optional<SurveyAnswerForm> restore(@Nullable HttpSession session, String token) {
		if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof Kept kept)) {
			return Optional.empty();
		}
		session.removeAttribute(ATTRIBUTE);
		if (!kept.tokenHash().equals(hashOf(token))) {
			return Optional.empty();
		}
		SurveyAnswerForm form = new SurveyAnswerForm();
		form.getAnswers().putAll(kept.answers());
		return Optional.of(form);
	}

	/** Like the link table, the session holds the token's hash, never the token. */
	private static String hashOf(String token) {
		return HexFormat.of().formatHex(AnswerLinks.hash(token));
	}

	private record Kept(String tokenHash, HashMap<Long, Integer> answers) implements Serializable {

		@Serial
		private static final long serialVersionUID = 1L;

		Kept(String tokenHash, Map<Long, Integer> answers) {
			this(tokenHash, new HashMap<>(answers));
		}

	}

}
