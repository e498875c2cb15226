package dk.peerstoette.time;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The business time zone.
 *
 * @param timeZone where today, in the future, due, periods and month boundaries are
 * judged, whatever the server's own zone; a zone that does not exist stops the start
 */
@ConfigurationProperties("app")
record TimeProperties(@DefaultValue("Europe/Copenhagen") String timeZone) {

}
