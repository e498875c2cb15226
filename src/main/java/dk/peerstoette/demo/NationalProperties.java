package dk.peerstoette.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The generated national programme of the {@code national} profile.
 *
 * @param scale its size: 1.0 is 30,000 recipients and 1,000,000 contacts, 0.01 is 1 %
 */
@ConfigurationProperties("app.national")
record NationalProperties(@DefaultValue("1.0") double scale) {

}
