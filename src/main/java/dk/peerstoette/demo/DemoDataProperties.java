package dk.peerstoette.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo programme and its users (password {@code demo}).
 *
 * @param enabled whether the demo programme is loaded at start (once; off under
 * {@code prod})
 */
@ConfigurationProperties("app.demo-data")
record DemoDataProperties(@DefaultValue("true") boolean enabled) {

}
