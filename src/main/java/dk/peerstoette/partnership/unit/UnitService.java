package dk.peerstoette.partnership.unit;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.partnership.ChangedFields;
import dk.peerstoette.partnership.Organisation;
import dk.peerstoette.partnership.OrganisationRepository;
import dk.peerstoette.partnership.Sector;
import dk.peerstoette.partnership.UniqueNames;
import dk.peerstoette.partnership.Unit;
import dk.peerstoette.partnership.UnitKind;
import dk.peerstoette.partnership.UnitRepository;
import dk.peerstoette.partnership.UnitRow;
import dk.peerstoette.partnership.UnitUsers;
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
 * Units (tilbud): where peers work. Administrators change them; managers read them. A
 * unit is deactivated, never deleted, and once people or courses point at it, it keeps
 * its organisation: their scope follows it.
 */
@Service
class UnitService {

	static final String ENTITY = "UNIT";

	private final UnitRepository units;

	private final OrganisationRepository organisations;

	private final AuditLog auditLog;

	private final List<UnitUsers> users;

	UnitService(UnitRepository units, OrganisationRepository organisations, AuditLog auditLog, List<UnitUsers> users) {
		this.units = units;
		this.users = users;
		this.organisations = organisations;
		this.auditLog = auditLog;
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
	@Transactional
	public Page<UnitRow> list(UnitListQuery query, Pageable pageable) {
		Page<UnitRow> page = this.units.findRows(ListPages.containsPattern(query.text()), query.organisationId(),
				query.kind(), query.sector(), query.active(), pageable);
		this.auditLog.record(AuditAction.SEARCH, ENTITY, null, "RESULTS=" + page.getTotalElements());
		return page;
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
	@Transactional(readOnly = true)
	public UnitView read(long id) {
		Unit unit = this.units.findWithOrganisationById(id).orElseThrow(NotFoundException::new);
		Organisation organisation = unit.getOrganisation();
		return new UnitView(id, unit.getName(), Objects.requireNonNull(organisation.getId()), organisation.getName(),
				organisation.isActive(), unit.getKind(), unit.getSector(), unit.isActive(), unit.getVersion(),
				UnitForm.of(unit));
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public long create(UnitForm form, FormProblems problems) {
		Organisation organisation = activeOrganisation(form.getOrganisationId(), problems);
		String name = form.getName().strip();
		checkName(organisation, name, -1, problems);
		problems.throwIfAny();
		organisation = Objects.requireNonNull(organisation);
		Unit unit = UniqueNames.save(this.units, new Unit(organisation, name, Objects.requireNonNull(form.getKind()),
				Objects.requireNonNull(form.getSector())), "name", "partnership.unit.name.taken");
		this.auditLog.record(AuditAction.CREATE, ENTITY, unit.getId(), "ORGANISATION=" + organisation.getId());
		return Objects.requireNonNull(unit.getId());
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void update(long id, UnitForm form, FormProblems problems) {
		Unit unit = lockedForChange(id, form.getVersion());
		Organisation organisation = unit.getOrganisation();
		boolean moved = !Objects.equals(organisation.getId(), form.getOrganisationId());
		if (moved) {
			organisation = activeOrganisation(form.getOrganisationId(), problems);
			if (organisation != null && this.users.stream().anyMatch((user) -> user.usesUnit(id))) {
				problems.add("organisationId", "partnership.unit.organisation.inUse");
			}
		}
		String name = form.getName().strip();
		checkName(organisation, name, id, problems);
		problems.throwIfAny();
		organisation = Objects.requireNonNull(organisation);
		UnitKind kind = Objects.requireNonNull(form.getKind());
		Sector sector = Objects.requireNonNull(form.getSector());
		ChangedFields changed = new ChangedFields().compare("name", unit.getName(), name)
			.compare("organisation", unit.getOrganisation().getId(), form.getOrganisationId())
			.compare("kind", unit.getKind(), kind)
			.compare("sector", unit.getSector(), sector);
		unit.describe(organisation, name, kind, sector);
		UniqueNames.flush(this.units, "name", "partnership.unit.name.taken");
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id, changed.detail());
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void setActive(long id, boolean active, long version) {
		Unit unit = lockedForChange(id, version);
		unit.setActive(active);
		this.units.flush();
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id, "ACTIVE=" + active);
	}

	/** The chosen organisation, if it is an active one; a missing one is the form's. */
	private @Nullable Organisation activeOrganisation(@Nullable Long id, FormProblems problems) {
		if (id == null) {
			return null;
		}
		Organisation organisation = this.organisations.findById(id).filter(Organisation::isActive).orElse(null);
		if (organisation == null) {
			problems.add("organisationId", "partnership.organisation.unknown");
		}
		return organisation;
	}

	private Unit lockedForChange(long id, long expectedVersion) {
		return Versions.require(this.units.findWithOrganisationById(id), Unit::getVersion, expectedVersion);
	}

	private void checkName(@Nullable Organisation organisation, String name, long excludedId, FormProblems problems) {
		if (organisation != null && !name.isEmpty()
				&& this.units.isNameTaken(Objects.requireNonNull(organisation.getId()), name, excludedId)) {
			problems.add("name", "partnership.unit.name.taken");
		}
	}

	/** The filters of the unit list, as given in the URL. */
	record UnitListQuery(@Nullable String text, @Nullable Long organisationId, @Nullable UnitKind kind,
			@Nullable Sector sector, @Nullable Boolean active) {
	}

	/** What a unit's page shows besides the form. */
	record UnitView(long id, String name, long organisationId, String organisationName, boolean organisationActive,
			UnitKind kind, Sector sector, boolean active, long version, UnitForm form) {
	}

}
