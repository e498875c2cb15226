package dk.peerstoette.account;

import dk.peerstoette.partnership.Organisation;
import dk.peerstoette.partnership.Partnership;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.security.Usernames;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads the signed-in staff member from {@code staff_user}. */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

	private final StaffAccountRepository accounts;

	DatabaseUserDetailsService(StaffAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		StaffAccount account = this.accounts.findByUsername(Usernames.normalise(username))
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		Organisation organisation = account.getOrganisation();
		Partnership partnership = account.getPartnership();
		return new StaffUser(account.getId(), account.getUsername(), account.getPasswordHash(), account.getFullName(),
				account.getRole(), (organisation != null) ? organisation.getId() : null,
				(organisation != null) ? organisation.getName() : null,
				(partnership != null) ? partnership.getId() : null,
				(partnership != null) ? partnership.getName() : null, account.isActive());
	}

}
