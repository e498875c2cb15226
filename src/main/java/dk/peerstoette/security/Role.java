package dk.peerstoette.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** What a staff user does in the programme; scope follows from it. */
public enum Role {

	ADMIN, MANAGER, COORDINATOR, PEER_WORKER,

	/**
	 * The data protection officer: reads the access log and marks its review, and sees
	 * nothing else (no person record, no structure, no figures).
	 */
	AUDITOR;

	/** What every role's authority starts with. */
	public static final String AUTHORITY_PREFIX = "ROLE_";

	/**
	 * Whether users of this role may ever see who a recipient is (alias, internal
	 * number): coordinators and peer workers, within their scope. Administrators and
	 * managers never do, on any page, search, export or message; they get counts. Every
	 * service that builds a view with recipients in it asks this first.
	 */
	public boolean seesRecipients() {
		return this == COORDINATOR || this == PEER_WORKER;
	}

	public GrantedAuthority authority() {
		return new SimpleGrantedAuthority(AUTHORITY_PREFIX + name());
	}

}
