package dk.peerstoette.account;

import java.util.Locale;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Says in words what is wrong with APP_ADMIN_PASSWORD or APP_ADMIN_USERNAME: the password
 * policy's problem in the sentence the password forms show in English.
 */
class FirstAdministratorRefusedFailureAnalyzer extends AbstractFailureAnalyzer<FirstAdministratorRefusedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, FirstAdministratorRefusedException cause) {
		String problem = cause.getPasswordProblem();
		if (problem == null) {
			return new FailureAnalysis(
					"The application did not start: APP_ADMIN_USERNAME (app.admin.username), the first "
							+ "administrator's username, must be 3 to 50 letters, digits, '.', '_' or '-'.",
					"Set APP_ADMIN_USERNAME to such a name and start again.", cause);
		}
		return new FailureAnalysis("The first administrator was not created, and the start stopped before the "
				+ "database was changed: APP_ADMIN_PASSWORD (app.admin.password) is too weak. " + explain(problem),
				"Set APP_ADMIN_PASSWORD to at least " + PasswordPolicy.MIN_LENGTH
						+ " characters of more than one kind (letters, digits, other characters), not containing the "
						+ "username, not a common password and not easy to guess (several random words work well), and start again. It is checked at every start while it is "
						+ "set; once the administrator exists, it can be removed.",
				cause);
	}

	private static String explain(String problem) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages.getMessage(problem, null, "It breaks the password policy.", Locale.ENGLISH);
	}

}
