package dk.peerstoette.partnership.organisation;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.partnership.ChangedFields;
import dk.peerstoette.partnership.Choice;
import dk.peerstoette.partnership.MembershipRow;
import dk.peerstoette.partnership.Organisation;
import dk.peerstoette.partnership.OrganisationKind;
import dk.peerstoette.partnership.OrganisationRepository;
import dk.peerstoette.partnership.OrganisationRow;
import dk.peerstoette.partnership.PartnershipMembershipRepository;
import dk.peerstoette.partnership.UniqueNames;
import dk.peerstoette.partnership.UnitRepository;
import dk.peerstoette.partnership.UnitRow;
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
 * Regions, municipalities and NGOs. Administrators change them; managers read them. An
 * organisation is deactivated, never deleted: staff, units and records point at it.
 */
@Service
class OrganisationService {

	static final String ENTITY = "ORGANISATION";

	private final OrganisationRepository organisations;

	private final UnitRepository units;

	private final PartnershipMembershipRepository memberships;

	private final AuditLog auditLog;

	OrganisationService(OrganisationRepository organisations, UnitRepository units,
			PartnershipMembershipRepository memberships, AuditLog auditLog) {
		this.organisations = organisations;
		this.units = units;
		this.memberships = memberships;
		this.auditLog = auditLog;
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
	@Transactional
	public Page<OrganisationRow> list(@Nullable String text, @Nullable OrganisationKind kind, @Nullable Boolean active,
			Pageable pageable) {
		Page<OrganisationRow> page = this.organisations.findRows(ListPages.containsPattern(text), kind, active,
				pageable);
		this.auditLog.record(AuditAction.SEARCH, ENTITY, null, "RESULTS=" + page.getTotalElements());
		return page;
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
	@Transactional(readOnly = true)
	public OrganisationView read(long id) {
		Organisation organisation = this.organisations.findById(id).orElseThrow(NotFoundException::new);
		return new OrganisationView(id, organisation.getName(), organisation.getKind(),
				organisation.getRetentionYears(), organisation.isActive(), organisation.getVersion(),
				this.memberships.findRowsOfOrganisation(id), this.units.findRowsOfOrganisation(id),
				OrganisationForm.of(organisation));
	}

	/**
	 * Every organisation, active or not, by name: for filtering lists by organisation.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
	@Transactional(readOnly = true)
	public List<Choice> allChoices() {
		return this.organisations.findAllChoices();
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public long create(OrganisationForm form, FormProblems problems) {
		String name = form.getName().strip();
		checkName(name, -1, problems);
		checkRetention(form, problems);
		problems.throwIfAny();
		Organisation created = new Organisation(name, Objects.requireNonNull(form.getKind()));
		created.setRetentionYears(Objects.requireNonNull(form.getRetentionYears()));
		Organisation organisation = UniqueNames.save(this.organisations, created, "name",
				"partnership.organisation.name.taken");
		this.auditLog.record(AuditAction.CREATE, ENTITY, organisation.getId(),
				"RETENTION_YEARS=" + organisation.getRetentionYears());
		return Objects.requireNonNull(organisation.getId());
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void update(long id, OrganisationForm form, FormProblems problems) {
		Organisation organisation = lockedForChange(id, form.getVersion());
		String name = form.getName().strip();
		checkName(name, id, problems);
		checkRetention(form, problems);
		problems.throwIfAny();
		OrganisationKind kind = Objects.requireNonNull(form.getKind());
		int retentionYears = Objects.requireNonNull(form.getRetentionYears());
		boolean retentionChanged = retentionYears != organisation.getRetentionYears();
		ChangedFields changed = new ChangedFields().compare("name", organisation.getName(), name)
			.compare("kind", organisation.getKind(), kind)
			.compare("retentionYears", organisation.getRetentionYears(), retentionYears);
		organisation.describe(name, kind);
		organisation.setRetentionYears(retentionYears);
		UniqueNames.flush(this.organisations, "name", "partnership.organisation.name.taken");
		// A new period is written with its value: it decides when recipients are
		// anonymised.
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id,
				changed.detail() + (retentionChanged ? ";RETENTION_YEARS=" + retentionYears : ""));
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void setActive(long id, boolean active, long version) {
		Organisation organisation = lockedForChange(id, version);
		organisation.setActive(active);
		this.organisations.flush();
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id, "ACTIVE=" + active);
	}

	private Organisation lockedForChange(long id, long expectedVersion) {
		return Versions.require(this.organisations.findById(id), Organisation::getVersion, expectedVersion);
	}

	private static void checkRetention(OrganisationForm form, FormProblems problems) {
		Integer years = form.getRetentionYears();
		if (years == null || years < 1 || years > Organisation.MAX_RETENTION_YEARS) {
			problems.add("retentionYears", "partnership.organisation.retentionYears.range",
					Organisation.MAX_RETENTION_YEARS);
		}
	}

	private void checkName(String name, long excludedId, FormProblems problems) {
		if (!name.isEmpty() && this.organisations.isNameTaken(name, excludedId)) {
			problems.add("name", "partnership.organisation.name.taken");
		}
	}

	/**
	 * What an organisation's page shows: its facts, its partnerships, its units and the
	 * edit form.
	 */
	record OrganisationView(long id, String name, OrganisationKind kind, int retentionYears, boolean active,
			long version, List<MembershipRow> memberships, List<UnitRow> units, OrganisationForm form) {
	}

}
