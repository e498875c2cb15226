package dk.peerstoette.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.peerstoette.security.Role;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On a new installation, creates the first administrator from {@code APP_ADMIN_USERNAME}
 * and {@code APP_ADMIN_PASSWORD}. Runs before the web server takes requests. A weak
 * password stops the start-up rather than leave a guessable administrator behind, already
 * before the migrations ({@link FirstAdministratorCheck}).
 */
@Component
class FirstAdministrator implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final StaffAccountService accounts;

	private final FirstAdministratorSettings settings;

	FirstAdministrator(StaffAccountService accounts, FirstAdministratorSettings settings) {
		this.accounts = accounts;
		this.settings = settings;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.accounts.hasActiveAdministrator()) {
			return;
		}
		if (!this.settings.given()) {
			return;
		}
		this.settings.check();
		String username = this.settings.username();
		this.accounts.provisionIfAbsent(username, this.settings.password(), username, Role.ADMIN, null, null);
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
