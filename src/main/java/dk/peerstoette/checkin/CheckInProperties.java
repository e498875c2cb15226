package dk.peerstoette.checkin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Peer workers' support.
 *
 * @param supervisionOverdueWeeks a peer worker whose last supervision is this many weeks
 * ago or longer is flagged to their supervisor
 */
@ConfigurationProperties("app.checkin")
record CheckInProperties(@DefaultValue("6") int supervisionOverdueWeeks) {

}
