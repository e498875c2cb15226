package dk.peerstoette.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** What a staff user does in the programme; scope follows from it. */
public enum Role {

	ADMIN, MANAGER, COORDINATOR, PEER_WORKER;

	public GrantedAuthority authority() {
		return new SimpleGrantedAuthority("ROLE_" + name());
	}

}
