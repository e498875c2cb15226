package dk.peerstoette.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The access log as it is shown.
 *
 * @param citizenLog the access log a citizen is given of their own record
 */
@ConfigurationProperties("app.audit")
public record AuditProperties(@DefaultValue CitizenLog citizenLog) {

	/**
	 * @param showStaffNames whether it names the staff member who looked; by default it
	 * gives their organisation and role only, which is what the citizen is owed (CJEU
	 * C-579/21) without exposing colleagues by name
	 */
	public record CitizenLog(@DefaultValue("false") boolean showStaffNames) {

	}

}
