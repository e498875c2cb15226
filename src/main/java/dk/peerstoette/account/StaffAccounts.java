package dk.peerstoette.account;

import java.time.Clock;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.OrganisationRepository;
import dk.peerstoette.partnership.PartnershipRepository;
import dk.peerstoette.security.Role;
import dk.peerstoette.security.Usernames;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts made by the system itself rather than by an administrator: the demo users and
 * the first administrator of a production installation.
 */
@Service
public class StaffAccounts {

	private final StaffAccountRepository accounts;

	private final OrganisationRepository organisations;

	private final PartnershipRepository partnerships;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	StaffAccounts(StaffAccountRepository accounts, OrganisationRepository organisations,
			PartnershipRepository partnerships, PasswordEncoder passwordEncoder, Clock clock) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.partnerships = partnerships;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/**
	 * Creates the account unless the username exists; an existing account is left exactly
	 * as it is, so a password changed since is kept.
	 * @return whether an account was created
	 */
	@Transactional
	public boolean provisionIfAbsent(String username, String rawPassword, String fullName, Role role,
			@Nullable Long organisationId, @Nullable Long partnershipId) {
		String normalised = Usernames.normalise(username);
		if (this.accounts.existsByUsername(normalised)) {
			return false;
		}
		StaffAccount account = new StaffAccount(normalised, this.passwordEncoder.encode(rawPassword), fullName, role,
				this.clock.instant());
		account.describe(fullName, role,
				(organisationId != null) ? this.organisations.getReferenceById(organisationId) : null,
				(partnershipId != null) ? this.partnerships.getReferenceById(partnershipId) : null,
				this.clock.instant());
		this.accounts.save(account);
		return true;
	}

	@Transactional(readOnly = true)
	public boolean hasActiveAdministrator() {
		return this.accounts.existsByRoleAndActiveTrue(Role.ADMIN);
	}

}
