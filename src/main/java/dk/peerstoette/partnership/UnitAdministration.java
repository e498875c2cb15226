package dk.peerstoette.partnership;

import dk.peerstoette.web.ListPages;

import dk.peerstoette.web.RejectedValueException;
import dk.peerstoette.web.ConcurrentChangeException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.web.NotFoundException;

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
class UnitAdministration {

	static final String ENTITY = "UNIT";

	private final UnitRepository units;

	private final OrganisationRepository organisations;

	private final AuditLog auditLog;

	UnitAdministration(UnitRepository units, OrganisationRepository organisations, AuditLog auditLog) {
		this.units = units;
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
	public long create(UnitForm form) {
		Organisation organisation = activeOrganisation(form.getOrganisationId());
		String name = form.getName().strip();
		checkName(Objects.requireNonNull(organisation.getId()), name, -1);
		Unit unit = UniqueNames.save(this.units, new Unit(organisation, name, Objects.requireNonNull(form.getKind()),
				Objects.requireNonNull(form.getSector())), "name", "partnership.unit.name.taken");
		this.auditLog.record(AuditAction.CREATE, ENTITY, unit.getId(), "ORGANISATION=" + organisation.getId());
		return Objects.requireNonNull(unit.getId());
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void update(long id, UnitForm form) {
		Unit unit = lockedForChange(id, form.getVersion());
		Organisation organisation = unit.getOrganisation();
		boolean moved = !Objects.equals(organisation.getId(), form.getOrganisationId());
		if (moved) {
			organisation = activeOrganisation(form.getOrganisationId());
			if (this.units.isInUse(id)) {
				throw new RejectedValueException("organisationId", "partnership.unit.organisation.inUse");
			}
		}
		String name = form.getName().strip();
		UnitKind kind = Objects.requireNonNull(form.getKind());
		Sector sector = Objects.requireNonNull(form.getSector());
		checkName(Objects.requireNonNull(organisation.getId()), name, id);
		List<String> changed = new ArrayList<>();
		if (!unit.getName().equals(name)) {
			changed.add("name");
		}
		if (moved) {
			changed.add("organisation");
		}
		if (unit.getKind() != kind) {
			changed.add("kind");
		}
		if (unit.getSector() != sector) {
			changed.add("sector");
		}
		unit.describe(organisation, name, kind, sector);
		UniqueNames.flush(this.units, "name", "partnership.unit.name.taken");
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id, "FIELDS=" + String.join(",", changed));
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void setActive(long id, boolean active, long version) {
		Unit unit = lockedForChange(id, version);
		unit.setActive(active);
		this.units.flush();
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id, "ACTIVE=" + active);
	}

	private Organisation activeOrganisation(@Nullable Long id) {
		return this.organisations.findById(Objects.requireNonNull(id))
			.filter(Organisation::isActive)
			.orElseThrow(() -> new RejectedValueException("organisationId", "partnership.organisation.unknown"));
	}

	private Unit lockedForChange(long id, long expectedVersion) {
		Unit unit = this.units.findWithOrganisationById(id).orElseThrow(NotFoundException::new);
		if (unit.getVersion() != expectedVersion) {
			throw new ConcurrentChangeException();
		}
		return unit;
	}

	private void checkName(long organisationId, String name, long excludedId) {
		if (this.units.isNameTaken(organisationId, name, excludedId)) {
			throw new RejectedValueException("name", "partnership.unit.name.taken");
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
