package dk.peerstoette.checkin;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.audit.AuditOutcome;
import dk.peerstoette.instrument.InstrumentDefinition;
import dk.peerstoette.instrument.InstrumentDirectory;
import dk.peerstoette.instrument.InstrumentPurpose;
import dk.peerstoette.instrument.InstrumentStatus;
import dk.peerstoette.instrument.ItemDimension;
import dk.peerstoette.partnership.Choice;
import dk.peerstoette.security.Role;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.FormProblems;
import dk.peerstoette.web.NotFoundException;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A peer worker's own check-ins. Only a peer-worker login linked to a peer worker record
 * has any; every other role is refused (403), whoever they are, and someone else's
 * check-in is answered as if it did not exist. A check-in answers an active check-in
 * instrument (the one we ship, or one the programme loaded). Every read and change is
 * audited, without the answers.
 */
@Service
class CheckInService {

	static final String ENTITY = "PEER_CHECKIN";

	private final CheckInRepository checkIns;

	private final InstrumentDirectory instruments;

	private final JdbcClient jdbc;

	private final AuditLog auditLog;

	private final Clock clock;

	CheckInService(CheckInRepository checkIns, InstrumentDirectory instruments, JdbcClient jdbc, AuditLog auditLog,
			Clock clock) {
		this.checkIns = checkIns;
		this.instruments = instruments;
		this.jdbc = jdbc;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * The user's own check-ins, newest first; {@code linked} is false when their login is
	 * not yet linked to a peer worker record.
	 */
	@Transactional
	public OwnCheckIns own(StaffUser user) {
		Long peerWorkerId = owner(user, AuditAction.READ, null);
		if (peerWorkerId == null) {
			return new OwnCheckIns(false, List.of(), List.of(), 0, 4);
		}
		Map<Long, Map<ItemDimension, BigDecimal>> scores = new HashMap<>();
		this.jdbc.sql("""
				select s.checkin_id, s.dimension, s.score from peer_checkin_score s
				join peer_checkin c on c.id = s.checkin_id where c.peer_worker_id = ?
				""")
			.param(peerWorkerId)
			.query((RowCallbackHandler) (row) -> scores
				.computeIfAbsent(row.getLong(1), (id) -> new EnumMap<>(ItemDimension.class))
				.put(ItemDimension.valueOf(row.getString(2)), row.getBigDecimal(3)));
		List<Long> instrumentIds = new ArrayList<>();
		List<CheckInRow> rows = this.jdbc.sql("""
				select id, answered_on, statistics_consent, high_strain, instrument_id
				from peer_checkin where peer_worker_id = ? order by answered_on desc, id desc
				""").param(peerWorkerId).query((row, n) -> {
			instrumentIds.add(row.getLong(5));
			return new CheckInRow(row.getLong(1), row.getObject(2, LocalDate.class), row.getBoolean(3),
					row.getBoolean(4), scores.getOrDefault(row.getLong(1), Map.of()));
		}).list();
		// The columns in the order of the instruments' items, the newest check-in's
		// first.
		Set<ItemDimension> dimensions = new LinkedHashSet<>();
		int scaleMin = Integer.MAX_VALUE;
		int scaleMax = Integer.MIN_VALUE;
		for (long instrumentId : new LinkedHashSet<>(instrumentIds)) {
			InstrumentDefinition instrument = this.instruments.definition(instrumentId).orElseThrow();
			dimensions.addAll(instrument.dimensions());
			scaleMin = Math.min(scaleMin, instrument.scaleMin());
			scaleMax = Math.max(scaleMax, instrument.scaleMax());
		}
		this.auditLog.record(AuditAction.READ, ENTITY, null, "OWN;RESULTS=" + rows.size());
		return rows.isEmpty() ? new OwnCheckIns(true, rows, List.of(), 0, 4)
				: new OwnCheckIns(true, rows, List.copyOf(dimensions), scaleMin, scaleMax);
	}

	/** Whether the user may answer a check-in: a peer worker whose login is linked. */
	@Transactional(readOnly = true)
	public boolean mayAnswer(StaffUser user) {
		return owner(user, AuditAction.CREATE, null) != null;
	}

	/**
	 * The check-in instrument to answer: the one asked for if it is an active check-in
	 * instrument, else the standard one; with the other active ones to choose from.
	 */
	@Transactional(readOnly = true)
	public Questionnaire questionnaire(StaffUser user, @Nullable Long instrumentId, Locale locale) {
		owner(user, AuditAction.CREATE, null);
		InstrumentDefinition instrument = ((instrumentId != null) ? answerable(instrumentId) : null);
		if (instrument == null) {
			instrument = this.instruments.standard(InstrumentPurpose.PEER_CHECKIN).orElseThrow(NotFoundException::new);
		}
		return new Questionnaire(instrument, this.instruments.activeChoices(InstrumentPurpose.PEER_CHECKIN, locale));
	}

	/**
	 * Saves a check-in: a day no later than today, an active check-in instrument and an
	 * answer on its scale to every item.
	 * @throws dk.peerstoette.web.FormRejectedException with every problem; nothing is
	 * saved
	 */
	@Transactional
	public long create(StaffUser user, CheckInForm form, FormProblems problems) {
		Long peerWorkerId = owner(user, AuditAction.CREATE, null);
		if (peerWorkerId == null) {
			throw new NotFoundException();
		}
		LocalDate day = form.getAnsweredOn();
		if (day != null && day.isAfter(LocalDate.now(this.clock))) {
			problems.add("answeredOn", "checkin.answeredOn.future");
		}
		InstrumentDefinition instrument = (form.getInstrumentId() != null) ? answerable(form.getInstrumentId()) : null;
		Map<Long, Integer> answers = form.given();
		if (instrument == null) {
			problems.addToForm("checkin.instrument.unknown");
		}
		else {
			for (InstrumentDefinition.Item item : instrument.items()) {
				Integer answer = answers.get(item.id());
				String field = "answers[" + item.id() + "]";
				if (answer == null) {
					problems.add(field, "checkin.answer.required");
				}
				else if (!instrument.isOnScale(answer)) {
					problems.add(field, "checkin.answer.range", instrument.scaleMin(), instrument.scaleMax());
				}
			}
		}
		problems.throwIfAny();
		CheckIn saved = this.checkIns.save(new CheckIn(peerWorkerId, Objects.requireNonNull(day),
				Objects.requireNonNull(instrument), answers, form.isStatisticsConsent(), this.clock.instant()));
		long id = Objects.requireNonNull(saved.getId());
		this.auditLog.record(AuditAction.CREATE, ENTITY, id,
				"STATISTICS=" + (form.isStatisticsConsent() ? "YES" : "NO"));
		return id;
	}

	/**
	 * Lets one of the user's own check-ins count in anonymous statistics, or takes it out
	 * of them: from then on no figure counts it.
	 */
	@Transactional
	public void countInStatistics(StaffUser user, long id, boolean counts) {
		CheckIn checkIn = ownCheckIn(user, id, AuditAction.UPDATE);
		checkIn.countInStatistics(counts, this.clock.instant());
		this.checkIns.flush();
		this.auditLog.record(AuditAction.UPDATE, ENTITY, id, "STATISTICS=" + (counts ? "YES" : "NO"));
	}

	/** Deletes one of the user's own check-ins for good: it is their data. */
	@Transactional
	public void delete(StaffUser user, long id) {
		this.checkIns.delete(ownCheckIn(user, id, AuditAction.DELETE));
		this.auditLog.record(AuditAction.DELETE, ENTITY, id, null);
	}

	private CheckIn ownCheckIn(StaffUser user, long id, AuditAction action) {
		Long peerWorkerId = owner(user, action, id);
		CheckIn checkIn = (peerWorkerId != null) ? this.checkIns.findByIdAndPeerWorkerId(id, peerWorkerId).orElse(null)
				: null;
		if (checkIn == null) {
			this.auditLog.recordRefusal(action, ENTITY, id, AuditOutcome.DENIED, "REASON=OUT_OF_SCOPE");
			throw new NotFoundException();
		}
		return checkIn;
	}

	/** An instrument a check-in may answer now: active, for check-ins. */
	private @Nullable InstrumentDefinition answerable(long instrumentId) {
		return this.instruments.definition(instrumentId)
			.filter((found) -> found.status() == InstrumentStatus.ACTIVE
					&& found.purpose() == InstrumentPurpose.PEER_CHECKIN)
			.orElse(null);
	}

	/**
	 * The peer worker record of a peer worker's login (null if not linked); 403 for
	 * others.
	 */
	private @Nullable Long owner(StaffUser user, AuditAction action, @Nullable Long id) {
		if (user.getRole() != Role.PEER_WORKER) {
			this.auditLog.recordRefusal(action, ENTITY, id, AuditOutcome.DENIED, "REASON=ROLE");
			throw new AccessDeniedException("Check-ins are the peer worker's own");
		}
		return user.getPeerWorkerId();
	}

	/**
	 * The user's check-ins, the dimensions they measured (the table's columns) and the
	 * widest scale among their instruments (the chart's axis).
	 */
	record OwnCheckIns(boolean linked, List<CheckInRow> rows, List<ItemDimension> dimensions, int scaleMin,
			int scaleMax) {
	}

	/** The instrument of a new check-in, and the active ones to choose from. */
	record Questionnaire(InstrumentDefinition instrument, List<Choice> choices) {

		/** Whether the item starts the strain part of the form. */
		public boolean startsStrain(int index) {
			List<InstrumentDefinition.Item> items = this.instrument.items();
			return items.get(index).dimension().isStrain()
					&& (index == 0 || !items.get(index - 1).dimension().isStrain());
		}

	}

}
