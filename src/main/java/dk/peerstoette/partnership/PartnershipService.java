package dk.peerstoette.partnership;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.web.ConcurrentChangeException;
import dk.peerstoette.web.FormProblems;
import dk.peerstoette.web.ListPages;
import dk.peerstoette.web.NotFoundException;
import dk.peerstoette.web.Versions;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partnerships and the organisations in them. Administrators change them; managers read
 * them. A partnership is deactivated, never deleted, and a membership is ended, never
 * removed.
 */
@Service
class PartnershipService {

	static final String ENTITY = "PARTNERSHIP";

	private final PartnershipRepository partnerships;

	private final PartnershipMembershipRepository memberships;

	private final OrganisationRepository organisations;

	private final AuditLog auditLog;

	PartnershipService(PartnershipRepository partnerships, PartnershipMembershipRepository memberships,
			OrganisationRepository organisations, AuditLog auditLog) {
		this.partnerships = partnerships;
		this.memberships = memberships;
		this.organisations = organisations;
		this.auditLog = auditLog;
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
	@Transactional
	public Page<PartnershipRow> list(@Nullable String text, @Nullable Boolean active, Pageable pageable) {
		Page<PartnershipRow> page = this.partnerships.findRows(ListPages.containsPattern(text), active, pageable);
		this.auditLog.record(AuditAction.SEARCH, ENTITY, null, "RESULTS=" + page.getTotalElements());
		return page;
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
	@Transactional(readOnly = true)
	public PartnershipView read(long id) {
		Partnership partnership = this.partnerships.findById(id).orElseThrow(NotFoundException::new);
		return new PartnershipView(id, partnership.getName(), partnership.getStartsOn(), partnership.getEndsOn(),
				partnership.isActive(), partnership.getVersion(), this.memberships.findRowsOfPartnership(id),
				PartnershipForm.of(partnership));
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public long create(PartnershipForm form, FormProblems problems) {
		String name = form.getName().strip();
		checkName(name, -1, problems);
		checkPeriod(form.getStartsOn(), form.getEndsOn(), problems);
		problems.throwIfAny();
		Partnership partnership = UniqueNames.save(this.partnerships,
				new Partnership(name, form.getStartsOn(), form.getEndsOn()), "name",
				"partnership.partnership.name.taken");
		this.auditLog.record(AuditAction.CREATE, ENTITY, partnership.getId(), null);
		return Objects.requireNonNull(partnership.getId());
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void update(long id, PartnershipForm form, FormProblems problems) {
		Partnership partnership = lockedForChange(id, form.getVersion());
		String name = form.getName().strip();
		checkName(name, id, problems);
		checkPeriod(form.getStartsOn(), form.getEndsOn(), problems);
		problems.throwIfAny();
		ChangedFields changed = new ChangedFields().compare("name", partnership.getName(), name)
			.compare("startsOn", partnership.getStartsOn(), form.getStartsOn())
			.compare("endsOn", partnership.getEndsOn(), form.getEndsOn());
		partnership.describe(name, form.getStartsOn(), form.getEndsOn());
		UniqueNames.flush(this.partnerships, "name", "partnership.partnership.name.taken");
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id, changed.detail());
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void setActive(long id, boolean active, long version) {
		Partnership partnership = lockedForChange(id, version);
		partnership.setActive(active);
		this.partnerships.flush();
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id, "ACTIVE=" + active);
	}

	/** The name of a partnership, for the pages about its memberships. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public String nameOf(long id) {
		return this.partnerships.findById(id).map(Partnership::getName).orElseThrow(NotFoundException::new);
	}

	/**
	 * Adds an organisation to the partnership for a period that must not overlap another
	 * membership of the same organisation there.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public long addMembership(long partnershipId, MembershipForm form, FormProblems problems) {
		Partnership partnership = this.partnerships.findForMembershipChange(partnershipId)
			.orElseThrow(NotFoundException::new);
		Organisation organisation = (form.getOrganisationId() != null)
				? this.organisations.findById(form.getOrganisationId()).filter(Organisation::isActive).orElse(null)
				: null;
		if (form.getOrganisationId() != null && organisation == null) {
			problems.add("organisationId", "partnership.organisation.unknown");
		}
		LocalDate startsOn = form.getStartsOn();
		checkPeriod(startsOn, form.getEndsOn(), problems);
		if (organisation != null && startsOn != null && overlapsAnother(partnershipId,
				Objects.requireNonNull(organisation.getId()), -1, startsOn, form.getEndsOn())) {
			problems.add("startsOn", "partnership.membership.overlap");
		}
		problems.throwIfAny();
		organisation = Objects.requireNonNull(organisation);
		startsOn = Objects.requireNonNull(startsOn);
		PartnershipMembership membership = this.memberships
			.saveAndFlush(new PartnershipMembership(partnership, organisation, startsOn, form.getEndsOn()));
		this.auditLog.record(AuditAction.UPDATE, ENTITY, partnershipId,
				"MEMBERSHIP_ADDED=" + membership.getId() + ";ORGANISATION=" + organisation.getId());
		return Objects.requireNonNull(membership.getId());
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public MembershipView readMembership(long partnershipId, long membershipId) {
		PartnershipMembership membership = membershipOf(partnershipId, membershipId);
		return new MembershipView(membershipId, partnershipId, membership.getPartnership().getName(),
				Objects.requireNonNull(membership.getOrganisation().getId()), membership.getOrganisation().getName(),
				membership.getStartsOn(), membership.getEndsOn(), MembershipEndForm.of(membership));
	}

	/** Ends a membership on the given day (or moves the end it already has). */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void endMembership(long partnershipId, long membershipId, MembershipEndForm form, FormProblems problems) {
		this.partnerships.findForMembershipChange(partnershipId).orElseThrow(NotFoundException::new);
		PartnershipMembership membership = membershipOf(partnershipId, membershipId);
		if (membership.getVersion() != form.getVersion()) {
			throw new ConcurrentChangeException();
		}
		LocalDate endsOn = form.getEndsOn();
		if (endsOn != null && membership.getStartsOn() != null && endsOn.isBefore(membership.getStartsOn())) {
			problems.add("endsOn", "partnership.period.endsBeforeStart");
		}
		else if (endsOn != null
				&& overlapsAnother(partnershipId, Objects.requireNonNull(membership.getOrganisation().getId()),
						membershipId, membership.getStartsOn(), endsOn)) {
			problems.add("endsOn", "partnership.membership.overlap");
		}
		problems.throwIfAny();
		endsOn = Objects.requireNonNull(endsOn);
		membership.endOn(endsOn);
		this.memberships.flush();
		this.auditLog.record(AuditAction.UPDATE, ENTITY, partnershipId, "MEMBERSHIP_ENDED=" + membershipId);
	}

	/**
	 * Whether the organisation has another membership of the partnership whose period
	 * overlaps {@code startsOn} to {@code endsOn}; a missing date leaves that end open.
	 */
	private boolean overlapsAnother(long partnershipId, long organisationId, long membershipId,
			@Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
		return this.memberships.findByPartnershipIdAndOrganisationId(partnershipId, organisationId)
			.stream()
			.filter((other) -> !Objects.equals(other.getId(), membershipId))
			.anyMatch((other) -> startsNoLaterThan(other.getStartsOn(), endsOn)
					&& startsNoLaterThan(startsOn, other.getEndsOn()));
	}

	/**
	 * Whether a period starting on {@code start} has begun by {@code end} (open ends
	 * always have).
	 */
	private static boolean startsNoLaterThan(@Nullable LocalDate start, @Nullable LocalDate end) {
		return start == null || end == null || !start.isAfter(end);
	}

	private PartnershipMembership membershipOf(long partnershipId, long membershipId) {
		return this.memberships.findWithPartiesById(membershipId)
			.filter((membership) -> Objects.equals(membership.getPartnership().getId(), partnershipId))
			.orElseThrow(NotFoundException::new);
	}

	private Partnership lockedForChange(long id, long expectedVersion) {
		return Versions.require(this.partnerships.findById(id), Partnership::getVersion, expectedVersion);
	}

	private void checkName(String name, long excludedId, FormProblems problems) {
		if (!name.isEmpty() && this.partnerships.isNameTaken(name, excludedId)) {
			problems.add("name", "partnership.partnership.name.taken");
		}
	}

	private static void checkPeriod(@Nullable LocalDate startsOn, @Nullable LocalDate endsOn, FormProblems problems) {
		if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
			problems.add("endsOn", "partnership.period.endsBeforeStart");
		}
	}

	/** What a partnership's page shows: its facts, its members and the edit form. */
	record PartnershipView(long id, String name, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
			boolean active, long version, List<MembershipRow> memberships, PartnershipForm form) {
	}

	/** What the page for ending a membership shows besides the form. */
	record MembershipView(long id, long partnershipId, String partnershipName, long organisationId,
			String organisationName, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, MembershipEndForm form) {
	}

}
