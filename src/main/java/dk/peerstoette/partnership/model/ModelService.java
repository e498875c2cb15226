package dk.peerstoette.partnership.model;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.partnership.ChangedFields;
import dk.peerstoette.partnership.EmploymentForm;
import dk.peerstoette.partnership.ModelRow;
import dk.peerstoette.partnership.PeerRole;
import dk.peerstoette.partnership.PeerSupportModel;
import dk.peerstoette.partnership.PeerSupportModelRepository;
import dk.peerstoette.partnership.UniqueNames;
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
 * Peer-support models. Administrators change them; managers read them. A model is
 * deactivated, never deleted: peer workers and courses point at it.
 */
@Service
class ModelService {

	static final String ENTITY = "MODEL";

	private final PeerSupportModelRepository models;

	private final AuditLog auditLog;

	ModelService(PeerSupportModelRepository models, AuditLog auditLog) {
		this.models = models;
		this.auditLog = auditLog;
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
	@Transactional
	public Page<ModelRow> list(@Nullable String text, @Nullable EmploymentForm employmentForm, @Nullable PeerRole role,
			@Nullable Boolean active, Pageable pageable) {
		Page<ModelRow> page = this.models.findRows(ListPages.containsPattern(text), employmentForm, role, active,
				pageable);
		this.auditLog.record(AuditAction.SEARCH, ENTITY, null, "RESULTS=" + page.getTotalElements());
		return page;
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
	@Transactional(readOnly = true)
	public ModelView read(long id) {
		PeerSupportModel model = this.models.findById(id).orElseThrow(NotFoundException::new);
		return new ModelView(id, model.getName(), model.getEmploymentForm(), model.getRole(), model.getDescription(),
				model.isActive(), model.getVersion(), ModelForm.of(model));
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public long create(ModelForm form, FormProblems problems) {
		String name = form.getName().strip();
		checkName(name, -1, problems);
		problems.throwIfAny();
		PeerSupportModel model = UniqueNames.save(this.models,
				new PeerSupportModel(name, Objects.requireNonNull(form.getEmploymentForm()),
						Objects.requireNonNull(form.getRole()), description(form)),
				"name", "partnership.model.name.taken");
		this.auditLog.record(AuditAction.CREATE, ENTITY, model.getId(), null);
		return Objects.requireNonNull(model.getId());
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void update(long id, ModelForm form, FormProblems problems) {
		PeerSupportModel model = lockedForChange(id, form.getVersion());
		String name = form.getName().strip();
		checkName(name, id, problems);
		problems.throwIfAny();
		EmploymentForm employmentForm = Objects.requireNonNull(form.getEmploymentForm());
		PeerRole role = Objects.requireNonNull(form.getRole());
		String description = description(form);
		ChangedFields changed = new ChangedFields().compare("name", model.getName(), name)
			.compare("employmentForm", model.getEmploymentForm(), employmentForm)
			.compare("role", model.getRole(), role)
			.compare("description", model.getDescription(), description);
		model.describe(name, employmentForm, role, description);
		UniqueNames.flush(this.models, "name", "partnership.model.name.taken");
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id, changed.detail());
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void setActive(long id, boolean active, long version) {
		PeerSupportModel model = lockedForChange(id, version);
		model.setActive(active);
		this.models.flush();
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id, "ACTIVE=" + active);
	}

	private PeerSupportModel lockedForChange(long id, long expectedVersion) {
		return Versions.require(this.models.findById(id), PeerSupportModel::getVersion, expectedVersion);
	}

	private void checkName(String name, long excludedId, FormProblems problems) {
		if (!name.isEmpty() && this.models.isNameTaken(name, excludedId)) {
			problems.add("name", "partnership.model.name.taken");
		}
	}

	/** A blank description is stored as none. */
	private static @Nullable String description(ModelForm form) {
		return form.getDescription().isBlank() ? null : form.getDescription().strip();
	}

	/** What a model's page shows besides the form. */
	record ModelView(long id, String name, EmploymentForm employmentForm, PeerRole role, @Nullable String description,
			boolean active, long version, ModelForm form) {
	}

}
