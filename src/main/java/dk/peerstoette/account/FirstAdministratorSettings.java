package dk.peerstoette.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator of a new installation ({@code APP_ADMIN_USERNAME},
 * {@code APP_ADMIN_PASSWORD}), created when there is no active administrator.
 *
 * @param username who signs in; blank: create nobody
 * @param password at least {@value PasswordPolicy#MIN_LENGTH} characters, see
 * {@link PasswordPolicy}; blank: create nobody
 */
@ConfigurationProperties("app.admin")
record FirstAdministratorSettings(@DefaultValue("") String username, @DefaultValue("") String password) {

	FirstAdministratorSettings {
		username = username.strip();
	}

	boolean given() {
		return !this.username.isEmpty() && !this.password.isEmpty();
	}

	/** Refuses settings that would leave a guessable administrator behind. */
	void check() {
		if (!given()) {
			return;
		}
		PasswordPolicy.problem(this.password, this.username).ifPresent((problem) -> {
			throw FirstAdministratorRefusedException.password(problem);
		});
		if (!this.username.matches("[A-Za-z0-9._-]{3,50}")) {
			throw FirstAdministratorRefusedException.username();
		}
	}

	/** Never the password, should the settings be logged. */
	@Override
	public String toString() {
		return "FirstAdministratorSettings[username=" + this.username + "]";
	}

}
