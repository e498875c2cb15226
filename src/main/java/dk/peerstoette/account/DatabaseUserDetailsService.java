package dk.peerstoette.account;

import java.util.Objects;

import dk.peerstoette.partnership.Organisation;
import dk.peerstoette.partnership.Partnership;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.security.Usernames;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the signed-in staff member from {@code staff_user}, with everything that bounds
 * their scope, so that services read it from the principal instead of looking it up.
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

	private final StaffAccountRepository accounts;

	private final PeerWorkerLinks peerWorkerLinks;

	DatabaseUserDetailsService(StaffAccountRepository accounts, PeerWorkerLinks peerWorkerLinks) {
		this.accounts = accounts;
		this.peerWorkerLinks = peerWorkerLinks;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		StaffAccount account = this.accounts.findByUsername(Usernames.normalise(username))
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		long id = Objects.requireNonNull(account.getId());
		Organisation organisation = account.getOrganisation();
		Partnership partnership = account.getPartnership();
		return new StaffUser(id, account.getUsername(), account.getPasswordHash(), account.getFullName(),
				account.getRole(), (organisation != null) ? organisation.getId() : null,
				(organisation != null) ? organisation.getName() : null,
				(partnership != null) ? partnership.getId() : null,
				(partnership != null) ? partnership.getName() : null,
				this.peerWorkerLinks.peerWorkerIdOf(id).orElse(null), account.isActive(),
				account.isPasswordChangeRequired());
	}

}
