package dk.peerstoette.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.partnership.Organisation;
import dk.peerstoette.partnership.OrganisationRepository;
import dk.peerstoette.security.Role;
import dk.peerstoette.security.SingleSignOnAccounts;
import dk.peerstoette.security.Usernames;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account of a user an OpenID provider vouched for, where that provider's setting
 * names an organisation for new accounts. Its password is random and shown to nobody: the
 * user signs in through the provider (an administrator's reset gives them one).
 */
@Service
class SingleSignOnAccountCreation implements SingleSignOnAccounts {

	/** The column's length: a provider's display name may be longer. */
	private static final int FULL_NAME_LENGTH = 100;

	private static final Logger log = LoggerFactory.getLogger(SingleSignOnAccountCreation.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final StaffAccountService accounts;

	private final StaffAccountRepository repository;

	private final AuditLog auditLog;

	private final OrganisationRepository organisations;

	SingleSignOnAccountCreation(StaffAccountService accounts, StaffAccountRepository repository, AuditLog auditLog,
			OrganisationRepository organisations) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.repository = repository;
		this.auditLog = auditLog;
	}

	@Override
	@Transactional
	public void createIfAbsent(String username, String fullName, String organisation, Role role, String provider) {
		Optional<Organisation> where = this.organisations.findByName(organisation).filter(Organisation::isActive);
		if (where.isEmpty()) {
			log.warn("Single sign-on provider {} names no active organisation for new accounts", provider);
			return;
		}
		byte[] unknown = new byte[32];
		RANDOM.nextBytes(unknown);
		String name = fullName.strip();
		if (this.accounts.provisionIfAbsent(username, Base64.getEncoder().encodeToString(unknown),
				name.substring(0, Math.min(name.length(), FULL_NAME_LENGTH)), role, where.get().getId(), null)) {
			this.repository.findByUsername(Usernames.normalise(username))
				.ifPresent((created) -> this.auditLog.record(AuditAction.CREATE, UserService.ENTITY, created.getId(),
						"VIA=OIDC;PROVIDER=" + provider));
		}
	}

}
