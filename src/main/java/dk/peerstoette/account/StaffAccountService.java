package dk.peerstoette.account;

import java.time.Clock;
import java.util.List;

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
public class StaffAccountService {

	private final StaffAccountRepository accounts;

	private final OrganisationRepository organisations;

	private final PartnershipRepository partnerships;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	StaffAccountService(StaffAccountRepository accounts, OrganisationRepository organisations,
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
		return provisionAllIfAbsent(rawPassword,
				List.of(new NewAccount(username, fullName, role, organisationId, partnershipId))) == 1;
	}

	/**
	 * Creates each account whose username does not exist, all with one password (the demo
	 * users'), which is hashed once: a hash costs a tenth of a second, more while the
	 * start-up has not compiled it yet.
	 * @return how many accounts were created
	 */
	@Transactional
	public int provisionAllIfAbsent(String rawPassword, List<NewAccount> newAccounts) {
		@Nullable String hash = null;
		int created = 0;
		for (NewAccount spec : newAccounts) {
			String normalised = Usernames.normalise(spec.username());
			if (this.accounts.existsByUsername(normalised)) {
				continue;
			}
			if (hash == null) {
				hash = this.passwordEncoder.encode(rawPassword);
			}
			StaffAccount account = new StaffAccount(normalised, hash, spec.fullName(), spec.role(),
					this.clock.instant());
			account.describe(spec.fullName(), spec.role(),
					(spec.organisationId() != null) ? this.organisations.getReferenceById(spec.organisationId()) : null,
					(spec.partnershipId() != null) ? this.partnerships.getReferenceById(spec.partnershipId()) : null,
					this.clock.instant());
			this.accounts.save(account);
			created++;
		}
		return created;
	}

	/** An account for {@link #provisionAllIfAbsent}. */
	public record NewAccount(String username, String fullName, Role role, @Nullable Long organisationId,
			@Nullable Long partnershipId) {
	}

	@Transactional(readOnly = true)
	public boolean hasActiveAdministrator() {
		return this.accounts.existsByRoleAndActiveTrue(Role.ADMIN);
	}

}
