package dk.peerstoette.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.peerstoette.security.Role;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On a new installation, creates the first administrator from {@code APP_ADMIN_USERNAME}
 * and {@code APP_ADMIN_PASSWORD}. Runs before the web server takes requests. A weak
 * password stops the start-up rather than leave a guessable administrator behind.
 */
@Component
class FirstAdministrator implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final StaffAccounts accounts;

	private final String username;

	private final String password;

	@Autowired
	FirstAdministrator(StaffAccounts accounts, AdminProperties admin) {
		this(accounts, admin.username(), admin.password());
	}

	FirstAdministrator(StaffAccounts accounts, String username, String password) {
		this.accounts = accounts;
		this.username = username.strip();
		this.password = password;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.accounts.hasActiveAdministrator()) {
			return;
		}
		if (this.username.isEmpty() || this.password.isEmpty()) {
			return;
		}
		PasswordPolicy.problem(this.password, this.username).ifPresent((problem) -> {
			throw new IllegalStateException("APP_ADMIN_PASSWORD is refused (" + problem + "): use at least "
					+ PasswordPolicy.MIN_LENGTH + " characters of more than one kind, not containing the username");
		});
		if (!this.username.matches("[A-Za-z0-9._-]{3,50}")) {
			throw new IllegalStateException("APP_ADMIN_USERNAME must be 3-50 letters, digits, '.', '_' or '-'");
		}
		this.accounts.provisionIfAbsent(this.username, this.password, this.username, Role.ADMIN, null, null);
		log.info("Created the first administrator from APP_ADMIN_USERNAME");
	}

	/** Said once everything has started, so demo data loaded at start-up counts. */
	@EventListener(ApplicationReadyEvent.class)
	void warnWithoutAdministrator() {
		if (!this.accounts.hasActiveAdministrator()) {
			log.warn("There is no active administrator. Set APP_ADMIN_USERNAME and APP_ADMIN_PASSWORD and restart "
					+ "to create the first one.");
		}
	}

}
