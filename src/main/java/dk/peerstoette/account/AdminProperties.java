package dk.peerstoette.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator, created at start when there is no active one.
 *
 * @param username their username (env {@code APP_ADMIN_USERNAME}); empty: none is created
 * @param password their password (env {@code APP_ADMIN_PASSWORD}); a weak one stops the
 * start
 */
@ConfigurationProperties("app.admin")
record AdminProperties(@DefaultValue("") String username, @DefaultValue("") String password) {

}
