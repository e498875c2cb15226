package dk.peerstoette.account;

import java.util.List;
import java.util.Optional;

import dk.peerstoette.partnership.Choice;
import dk.peerstoette.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may know about staff logins: which peer-worker logins an
 * organisation has, so that a peer worker's record can be linked to the login they sign
 * in with, which coordinators may be named a peer worker's supervisor, and a login's
 * username, whose sessions a change of link reaches.
 */
@Service
@Transactional(readOnly = true)
public class StaffDirectory {

	private final JdbcClient jdbc;

	StaffDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The active peer-worker logins of an organisation, by name, each named "Full Name
	 * (username)".
	 */
	public List<Choice> peerLoginChoices(long organisationId) {
		return activeLogins(Role.PEER_WORKER, organisationId);
	}

	/** Whether the login is an active peer-worker login of the organisation. */
	public boolean isPeerLoginOf(long staffUserId, long organisationId) {
		return isActiveLoginOf(Role.PEER_WORKER, staffUserId, organisationId);
	}

	/**
	 * The active coordinator logins of an organisation, by name, each named "Full Name
	 * (username)": who may be named a peer worker's supervisor.
	 */
	public List<Choice> coordinatorChoices(long organisationId) {
		return activeLogins(Role.COORDINATOR, organisationId);
	}

	/** Whether the login is an active coordinator login of the organisation. */
	public boolean isCoordinatorOf(long staffUserId, long organisationId) {
		return isActiveLoginOf(Role.COORDINATOR, staffUserId, organisationId);
	}

	/**
	 * How a login is shown, "Full Name (username)", whatever its role and whether or not
	 * it is active.
	 */
	public Optional<String> loginLabel(long staffUserId) {
		return this.jdbc.sql("select full_name || ' (' || username || ')' from staff_user where id = ?")
			.param(staffUserId)
			.query(String.class)
			.optional();
	}

	/** The login's username, whatever its role and whether or not it is active. */
	public Optional<String> username(long staffUserId) {
		return this.jdbc.sql("select username from staff_user where id = ?")
			.param(staffUserId)
			.query(String.class)
			.optional();
	}

	private List<Choice> activeLogins(Role role, long organisationId) {
		return this.jdbc.sql("""
				select id, full_name || ' (' || username || ')' as name from staff_user
				where role = ? and active and organisation_id = ?
				order by lower(full_name), username
				""").param(role.name()).param(organisationId).query(Choice.class).list();
	}

	private boolean isActiveLoginOf(Role role, long staffUserId, long organisationId) {
		return this.jdbc.sql("""
				select count(*) from staff_user
				where id = ? and role = ? and active and organisation_id = ?
				""").param(staffUserId).param(role.name()).param(organisationId).query(Long.class).single() > 0;
	}

}
