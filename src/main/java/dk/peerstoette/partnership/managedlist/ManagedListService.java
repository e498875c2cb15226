package dk.peerstoette.partnership.managedlist;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.partnership.ChangedFields;
import dk.peerstoette.partnership.ListName;
import dk.peerstoette.partnership.ListSummary;
import dk.peerstoette.partnership.LookupValue;
import dk.peerstoette.partnership.LookupValueRepository;
import dk.peerstoette.partnership.LookupValueRow;
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
 * The managed lists (target groups, end reasons, referral sources). Administrators add
 * values, rename and reorder them, and deactivate them; managers read them. A value's
 * code is fixed once created, and a value is never deleted: records point at it.
 */
@Service
class ManagedListService {

	static final String ENTITY = "LOOKUP_VALUE";

	/**
	 * Upper-case letters, digits and underscores, as in the codes the lists start with.
	 */
	private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,40}");

	private static final int MAX_SORT_ORDER = 99_999;

	private final LookupValueRepository values;

	private final AuditLog auditLog;

	ManagedListService(LookupValueRepository values, AuditLog auditLog) {
		this.values = values;
		this.auditLog = auditLog;
	}

	/** Every list, with how many values it holds. */
	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
	@Transactional(readOnly = true)
	public List<ListSummary> overview() {
		Map<ListName, ListSummary> counted = this.values.summarise()
			.stream()
			.collect(Collectors.toMap(ListSummary::listName, Function.identity()));
		return Arrays.stream(ListName.values())
			.map((list) -> counted.getOrDefault(list, new ListSummary(list, 0, 0)))
			.toList();
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
	@Transactional
	public Page<LookupValueRow> list(ListName list, @Nullable String text, @Nullable Boolean active,
			Pageable pageable) {
		Page<LookupValueRow> page = this.values.findRows(list, ListPages.containsPattern(text), active, pageable);
		this.auditLog.record(AuditAction.SEARCH, ENTITY, null, "LIST=" + list + ";RESULTS=" + page.getTotalElements());
		return page;
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
	@Transactional(readOnly = true)
	public LookupValueView read(ListName list, long id) {
		LookupValue value = this.values.findByIdAndListName(id, list).orElseThrow(NotFoundException::new);
		return new LookupValueView(id, list, value.getCode(), value.getNameDa(), value.getNameEn(),
				value.getSortOrder(), value.isActive(), value.getVersion(), LookupValueForm.of(value));
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public long create(ListName list, NewLookupValueForm form, FormProblems problems) {
		String code = form.getCode().strip().toUpperCase(Locale.ROOT);
		if (!code.isEmpty() && !CODE.matcher(code).matches()) {
			problems.add("code", "partnership.lookup.code.invalid");
		}
		else if (!code.isEmpty() && this.values.existsByListNameAndCode(list, code)) {
			problems.add("code", "partnership.lookup.code.taken");
		}
		checkSortOrder(form, problems);
		problems.throwIfAny();
		int sortOrder = Objects.requireNonNull(form.getSortOrder());
		LookupValue value = UniqueNames.save(this.values,
				new LookupValue(list, code, form.getNameDa().strip(), form.getNameEn().strip(), sortOrder), "code",
				"partnership.lookup.code.taken");
		this.auditLog.record(AuditAction.CREATE, ENTITY, value.getId(), "LIST=" + list);
		return Objects.requireNonNull(value.getId());
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void update(ListName list, long id, LookupValueForm form, FormProblems problems) {
		LookupValue value = lockedForChange(list, id, form.getVersion());
		checkSortOrder(form, problems);
		problems.throwIfAny();
		String nameDa = form.getNameDa().strip();
		String nameEn = form.getNameEn().strip();
		int sortOrder = Objects.requireNonNull(form.getSortOrder());
		ChangedFields changed = new ChangedFields().compare("nameDa", value.getNameDa(), nameDa)
			.compare("nameEn", value.getNameEn(), nameEn)
			.compare("sortOrder", value.getSortOrder(), sortOrder);
		value.rename(nameDa, nameEn, sortOrder);
		this.values.flush();
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id, changed.detail());
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void setActive(ListName list, long id, boolean active, long version) {
		LookupValue value = lockedForChange(list, id, version);
		value.setActive(active);
		this.values.flush();
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id, "ACTIVE=" + active);
	}

	private LookupValue lockedForChange(ListName list, long id, long expectedVersion) {
		return Versions.require(this.values.findByIdAndListName(id, list), LookupValue::getVersion, expectedVersion);
	}

	private static void checkSortOrder(LookupValueForm form, FormProblems problems) {
		Integer sortOrder = form.getSortOrder();
		if (sortOrder != null && (sortOrder < 0 || sortOrder > MAX_SORT_ORDER)) {
			problems.add("sortOrder", "partnership.lookup.sortOrder.range");
		}
	}

	/** What a value's page shows besides the form. */
	record LookupValueView(long id, ListName listName, String code, String nameDa, String nameEn, int sortOrder,
			boolean active, long version, LookupValueForm form) {
	}

}
