package dk.peerstoette.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.audit.SearchCriteria;
import dk.peerstoette.audit.ShownRecords;
import dk.peerstoette.partnership.Organisation;
import dk.peerstoette.partnership.OrganisationRepository;
import dk.peerstoette.partnership.Partnership;
import dk.peerstoette.partnership.PartnershipRepository;
import dk.peerstoette.security.Role;
import dk.peerstoette.security.SignedInSessions;
import dk.peerstoette.security.Usernames;
import dk.peerstoette.web.FormProblems;
import dk.peerstoette.web.ListPages;
import dk.peerstoette.web.NotFoundException;
import dk.peerstoette.web.Versions;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's work on staff users. Every read and change of an account is
 * audited; rules that need the database (unique username, existing organisation, a newer
 * version saved by someone else) are checked here and reported per field, all at once. A
 * change that narrows or moves what the user may do (deactivation, role, organisation,
 * partnership, a new password) ends all of the user's open sessions; a new name reaches
 * them.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
class UserService {

	static final String ENTITY = "USER";

	private final StaffAccountRepository accounts;

	private final OrganisationRepository organisations;

	private final PartnershipRepository partnerships;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog auditLog;

	private final SignedInSessions sessions;

	private final Clock clock;

	private final SecondFactorService secondFactors;

	UserService(StaffAccountRepository accounts, OrganisationRepository organisations,
			PartnershipRepository partnerships, PasswordEncoder passwordEncoder, AuditLog auditLog,
			SignedInSessions sessions, Clock clock, SecondFactorService secondFactors) {
		this.secondFactors = secondFactors;
		this.accounts = accounts;
		this.organisations = organisations;
		this.partnerships = partnerships;
		this.passwordEncoder = passwordEncoder;
		this.auditLog = auditLog;
		this.sessions = sessions;
		this.clock = clock;
	}

	@Transactional
	public Page<UserRow> list(UserListQuery query, Pageable pageable) {
		String pattern = ListPages.containsPattern(query.text());
		Page<UserRow> page = this.accounts.findRows(pattern, query.role(), query.active(), pageable);
		this.auditLog.recordShown(ENTITY, ShownRecords.of(ENTITY, page.getContent().stream().map(UserRow::id).toList()),
				SearchCriteria.of("q", query.text())
					.and("role", query.role())
					.and("active", query.active())
					.and(pageable),
				"RESULTS=" + page.getTotalElements());
		return page;
	}

	@Transactional
	public UserDetailsView read(long id) {
		StaffAccount account = this.accounts.findWithOrganisationById(id).orElseThrow(NotFoundException::new);
		this.auditLog.record(AuditAction.READ, ENTITY, id, null);
		return UserDetailsView.of(account);
	}

	@Transactional
	public long create(NewUserForm form, FormProblems problems) {
		String username = Usernames.normalise(form.getUsername());
		if (!username.isEmpty() && this.accounts.existsByUsername(username)) {
			problems.add("username", "user.username.taken");
		}
		PasswordPolicy.checkNew(form.getPassword(), form.getPasswordRepeat(), username, problems);
		Placement placement = place(form.description(), problems);
		problems.throwIfAny();
		StaffAccount account = new StaffAccount(username, this.passwordEncoder.encode(form.getPassword()),
				form.getFullName().strip(), Objects.requireNonNull(form.getRole()), this.clock.instant());
		account.describe(form.getFullName().strip(), form.getRole(), placement.organisation(), placement.partnership(),
				this.clock.instant());
		StaffAccount saved = this.accounts.saveAndFlush(account);
		this.auditLog.record(AuditAction.CREATE, ENTITY, saved.getId(), null);
		return Objects.requireNonNull(saved.getId());
	}

	@Transactional
	public void update(long id, EditUserForm form, long actingUserId, FormProblems problems) {
		StaffAccount account = lockedForChange(id, form.getVersion());
		if (id == actingUserId && form.getRole() != null && form.getRole() != Role.ADMIN) {
			problems.add("role", "user.role.ownAdmin");
		}
		Placement placement = place(form.description(), problems);
		problems.throwIfAny();
		Role role = Objects.requireNonNull(form.getRole());
		List<String> changed = new ArrayList<>();
		if (!account.getFullName().equals(form.getFullName().strip())) {
			changed.add("fullName");
		}
		if (account.getRole() != role) {
			changed.add("role");
		}
		if (!Objects.equals(idOf(account.getOrganisation()), idOf(placement.organisation()))) {
			changed.add("organisation");
		}
		if (!Objects.equals(idOf(account.getPartnership()), idOf(placement.partnership()))) {
			changed.add("partnership");
		}
		account.describe(form.getFullName().strip(), role, placement.organisation(), placement.partnership(),
				this.clock.instant());
		this.accounts.flush();
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id, "FIELDS=" + String.join(",", changed));
		if (changed.contains("role") || changed.contains("organisation") || changed.contains("partnership")) {
			endSessions(account, "SCOPE_CHANGED");
		}
		else if (!changed.isEmpty()) {
			this.sessions.refresh(account.getUsername());
		}
	}

	@Transactional
	public void setActive(long id, boolean active, long version, long actingUserId) {
		if (id == actingUserId && !active) {
			throw FormProblems.rejected("active", "user.deactivate.self");
		}
		StaffAccount account = lockedForChange(id, version);
		if (active) {
			account.activate(this.clock.instant());
		}
		else {
			account.deactivate(this.clock.instant());
		}
		this.accounts.flush();
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id, "ACTIVE=" + active);
		if (!active) {
			endSessions(account, "DEACTIVATED");
		}
	}

	@Transactional
	public void resetPassword(long id, PasswordResetForm form, FormProblems problems) {
		StaffAccount account = lockedForChange(id, form.getVersion());
		PasswordPolicy.checkNew(form.getPassword(), form.getPasswordRepeat(), account.getUsername(), problems);
		problems.throwIfAny();
		account.resetPassword(this.passwordEncoder.encode(form.getPassword()), this.clock.instant());
		this.accounts.flush();
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id, "PASSWORD_RESET;CHANGE_REQUIRED=true");
		endSessions(account, "PASSWORD_RESET");
	}

	/**
	 * Removes the user's second factor and recovery codes (a lost phone): the user signs
	 * in with the password and, if their role requires a factor, enrols again; their open
	 * sessions end, as a stolen phone might be behind one.
	 */
	@Transactional
	public void resetSecondFactor(long id) {
		StaffAccount account = this.accounts.findWithOrganisationById(id).orElseThrow(NotFoundException::new);
		boolean had = this.secondFactors.remove(id);
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id, "SECOND_FACTOR_RESET;HAD_FACTOR=" + had);
		endSessions(account, "SECOND_FACTOR_RESET");
	}

	/** Ends the user's open sessions once the change is committed, and logs why. */
	private void endSessions(StaffAccount account, String reason) {
		this.sessions.endAll(account.getUsername());
		this.auditLog.record(AuditAction.LOGOUT, ENTITY, account.getId(), "SESSIONS_ENDED;REASON=" + reason);
	}

	private StaffAccount lockedForChange(long id, long expectedVersion) {
		return Versions.require(this.accounts.findWithOrganisationById(id), StaffAccount::getVersion, expectedVersion);
	}

	/**
	 * Everyone but an administrator and a data protection officer works in an
	 * organisation; only a manager has a partnership. A missing role (a problem of its
	 * own) leaves both unjudged.
	 */
	private Placement place(UserDescription description, FormProblems problems) {
		Role role = description.role();
		Organisation organisation = null;
		if (description.organisationId() != null) {
			organisation = this.organisations.findById(description.organisationId())
				.filter(Organisation::isActive)
				.orElse(null);
			if (organisation == null) {
				problems.add("organisationId", "user.organisation.unknown");
			}
		}
		else if (role != null && role != Role.ADMIN && role != Role.AUDITOR) {
			problems.add("organisationId", "user.organisation.required");
		}
		Partnership partnership = null;
		if (description.partnershipId() != null) {
			if (role != null && role != Role.MANAGER) {
				problems.add("partnershipId", "user.partnership.managersOnly");
			}
			else {
				partnership = this.partnerships.findById(description.partnershipId())
					.filter(Partnership::isActive)
					.orElse(null);
				if (partnership == null) {
					problems.add("partnershipId", "user.partnership.unknown");
				}
			}
		}
		return new Placement(organisation, partnership);
	}

	private static @Nullable Long idOf(@Nullable Organisation organisation) {
		return (organisation != null) ? organisation.getId() : null;
	}

	private static @Nullable Long idOf(@Nullable Partnership partnership) {
		return (partnership != null) ? partnership.getId() : null;
	}

	private record Placement(@Nullable Organisation organisation, @Nullable Partnership partnership) {
	}

}
