package dk.peerstoette.instrument;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.web.FormProblems;
import dk.peerstoette.web.NotFoundException;
import dk.peerstoette.web.Versions;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Instruments as administrators define them and managers read them. A draft no assessment
 * uses is changed in place; any other instrument only gets a new version, so answers
 * already given always keep the wording they were given to.
 */
@Service
class InstrumentService {

	static final String ENTITY = "INSTRUMENT";

	/** Takes the instruments' ids and their uses as two arrays, from {@link #uses()}. */
	private static final String ROW = "select i.id, i.code, i.version_number, i.name_da, i.name_en, i.status, i.purpose,"
			+ " coalesce(u.uses, 0) as uses from instrument i"
			+ " left join unnest(?::bigint[], ?::bigint[]) as u(instrument_id, uses) on u.instrument_id = i.id";

	private final InstrumentRepository instruments;

	private final InstrumentDirectory catalogue;

	private final JdbcClient jdbc;

	private final AuditLog auditLog;

	private final Clock clock;

	private final List<InstrumentUse> users;

	InstrumentService(InstrumentRepository instruments, InstrumentDirectory catalogue, JdbcClient jdbc,
			AuditLog auditLog, Clock clock, List<InstrumentUse> users) {
		this.instruments = instruments;
		this.catalogue = catalogue;
		this.jdbc = jdbc;
		this.auditLog = auditLog;
		this.clock = clock;
		this.users = users;
	}

	/**
	 * @param pageable sorted by SQL expressions over {@code i} (the instrument) and
	 * {@code uses}, as the controller's own table maps them
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
	@Transactional
	public Page<InstrumentRow> list(@Nullable String pattern, @Nullable InstrumentStatus status, Pageable pageable) {
		List<String> conditions = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		if (pattern != null) {
			conditions.add("(lower(i.code) like ? or lower(i.name_da) like ? or lower(i.name_en) like ?)");
			params.addAll(List.of(pattern, pattern, pattern));
		}
		if (status != null) {
			conditions.add("i.status = ?");
			params.add(status.name());
		}
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		long total = this.jdbc.sql("select count(*) from instrument i" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<String> order = new ArrayList<>();
		for (Sort.Order sortOrder : pageable.getSort()) {
			order.add(sortOrder.getProperty() + (sortOrder.isAscending() ? " asc" : " desc"));
		}
		order.add("i.version_number desc");
		order.add("i.id");
		List<Object> pageParams = new ArrayList<>(uses());
		pageParams.addAll(params);
		pageParams.add(pageable.getPageSize());
		pageParams.add(pageable.getOffset());
		List<InstrumentRow> rows = this.jdbc
			.sql(ROW + where + " order by " + String.join(", ", order) + " limit ? offset ?")
			.params(pageParams)
			.query(InstrumentRow.class)
			.list();
		this.auditLog.record(AuditAction.SEARCH, ENTITY, null, "RESULTS=" + total);
		return new PageImpl<>(rows, pageable, total);
	}

	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
	@Transactional(readOnly = true)
	public InstrumentView read(long id) {
		Instrument instrument = this.instruments.findById(id).orElseThrow(NotFoundException::new);
		InstrumentDefinition definition = this.catalogue.definition(id).orElseThrow(NotFoundException::new);
		List<Object> historyParams = new ArrayList<>(uses());
		historyParams.add(instrument.getCode());
		List<InstrumentRow> history = this.jdbc.sql(ROW + " where i.code = ? order by i.version_number desc")
			.params(historyParams)
			.query(InstrumentRow.class)
			.list();
		long uses = history.stream().filter((row) -> row.id() == id).mapToLong(InstrumentRow::uses).sum();
		return new InstrumentView(definition, uses, instrument.getVersion(), isEditable(instrument, uses), history);
	}

	/** The form to change a draft in place; refused for any other instrument. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public InstrumentForm editForm(long id) {
		Instrument instrument = this.instruments.findById(id).orElseThrow(NotFoundException::new);
		requireEditable(instrument);
		return InstrumentForm.of(instrument);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public String code(long id) {
		return this.instruments.findById(id).map(Instrument::getCode).orElseThrow(NotFoundException::new);
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public InstrumentPurpose purpose(long id) {
		return this.instruments.findById(id).map(Instrument::getPurpose).orElseThrow(NotFoundException::new);
	}

	/** A new instrument from a checked form, as version 1 of a code not used before. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public long create(InstrumentForm form, FormProblems problems) {
		String code = form.getCode().strip();
		if (!code.isEmpty() && this.instruments.existsByCode(code)) {
			problems.add("code", "instrument.code.taken");
		}
		problems.throwIfAny();
		return save(form, new Instrument(code, 1, Objects.requireNonNull(form.getPurpose()), this.clock.instant()),
				"FORM");
	}

	/**
	 * A checked definition read from a file: a draft, as the next version if the code is
	 * known already, which it must then have the purpose of (see {@link #purposeOfCode}).
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public long createImported(InstrumentForm form, String format) {
		String code = form.getCode().strip();
		InstrumentPurpose purpose = Objects.requireNonNull(form.getPurpose());
		if (purposeOfCode(code).filter((known) -> known != purpose).isPresent()) {
			throw new IllegalArgumentException("A new version keeps the purpose of its code");
		}
		return save(form,
				new Instrument(code, this.instruments.highestVersionNumber(code) + 1, purpose, this.clock.instant()),
				"IMPORT=" + format);
	}

	/** The purpose of the instruments of a code, if the code is known. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional(readOnly = true)
	public java.util.Optional<InstrumentPurpose> purposeOfCode(String code) {
		return this.instruments.purposeOfCode(code.strip());
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void update(long id, InstrumentForm form, FormProblems problems) {
		Instrument instrument = lockedForChange(id, form.getVersion());
		requireEditable(instrument);
		problems.throwIfAny();
		define(instrument, form);
		this.instruments.flush();
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id, null);
	}

	/** Copies an instrument to the next version of its code, as a draft to edit. */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public long newVersion(long id) {
		Instrument instrument = this.instruments.findById(id).orElseThrow(NotFoundException::new);
		Instrument copy = this.instruments.saveAndFlush(instrument
			.copyAs(this.instruments.highestVersionNumber(instrument.getCode()) + 1, this.clock.instant()));
		long copyId = Objects.requireNonNull(copy.getId());
		this.auditLog.record(AuditAction.CREATE, ENTITY, copyId, "COPY_OF=" + id);
		return copyId;
	}

	/**
	 * Makes an instrument the active version of its code; the one active before retires.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void activate(long id, long version) {
		Instrument instrument = lockedForChange(id, version);
		for (Instrument other : this.instruments.findByCodeAndStatus(instrument.getCode(), InstrumentStatus.ACTIVE)) {
			if (!other.equals(instrument)) {
				other.retire(this.clock.instant());
				this.auditLog.record(AuditAction.UPDATE, ENTITY, other.getId(), "STATUS=RETIRED");
			}
		}
		instrument.activate(this.clock.instant());
		this.instruments.flush();
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id, "STATUS=ACTIVE");
	}

	@PreAuthorize("hasRole('ADMIN')")
	@Transactional
	public void retire(long id, long version) {
		Instrument instrument = lockedForChange(id, version);
		instrument.retire(this.clock.instant());
		this.instruments.flush();
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id, "STATUS=RETIRED");
	}

	private long save(InstrumentForm form, Instrument instrument, String detail) {
		define(instrument, form);
		long id = Objects.requireNonNull(this.instruments.saveAndFlush(instrument).getId());
		this.auditLog.record(AuditAction.CREATE, ENTITY, id, detail);
		return id;
	}

	private void define(Instrument instrument, InstrumentForm form) {
		instrument.define(form.getNameDa().strip(), form.getNameEn().strip(),
				InstrumentForm.blankAsNull(form.getDescriptionDa()),
				InstrumentForm.blankAsNull(form.getDescriptionEn()), Objects.requireNonNull(form.getScaleMin()),
				Objects.requireNonNull(form.getScaleMax()), Objects.requireNonNull(form.getMinAnsweredShare()),
				form.filledAnchors(), form.filledItems(), this.clock.instant());
	}

	private void requireEditable(Instrument instrument) {
		if (!isEditable(instrument, uses(Objects.requireNonNull(instrument.getId())))) {
			throw new InstrumentNotEditableException();
		}
	}

	private static boolean isEditable(Instrument instrument, long uses) {
		return instrument.getStatus() == InstrumentStatus.DRAFT && uses == 0;
	}

	private long uses(long id) {
		return this.users.stream().mapToLong((user) -> user.uses(List.of(id)).getOrDefault(id, 0L)).sum();
	}

	/** Every instrument's id and its uses, as the two arrays {@link #ROW} takes. */
	private List<Object> uses() {
		List<Long> ids = this.jdbc.sql("select id from instrument").query(Long.class).list();
		Map<Long, Long> uses = new HashMap<>();
		this.users.forEach((user) -> user.uses(ids).forEach((id, count) -> uses.merge(id, count, Long::sum)));
		return List.of(ids.toArray(Long[]::new),
				ids.stream().map((id) -> uses.getOrDefault(id, 0L)).toArray(Long[]::new));
	}

	private Instrument lockedForChange(long id, long expectedVersion) {
		return Versions.require(this.instruments.findById(id), Instrument::getVersion, expectedVersion);
	}

	/** What an instrument's page shows. */
	record InstrumentView(InstrumentDefinition definition, long uses, long version, boolean editable,
			List<InstrumentRow> history) {

		public long id() {
			return this.definition.id();
		}

	}

}
