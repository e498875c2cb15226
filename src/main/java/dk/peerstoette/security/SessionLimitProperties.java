package dk.peerstoette.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sessions (the idle limit is Spring Boot's {@code server.servlet.session.timeout}).
 *
 * @param absoluteTimeout a session ends this long after sign-in, however busy
 */
@ConfigurationProperties("app.session")
record SessionLimitProperties(@DefaultValue("10h") Duration absoluteTimeout) {

}
