package dk.peerstoette.staffsurvey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.audit.AuditOutcome;
import dk.peerstoette.dashboard.DashboardProperties;
import dk.peerstoette.instrument.InstrumentDefinition;
import dk.peerstoette.instrument.InstrumentDirectory;
import dk.peerstoette.instrument.InstrumentPurpose;
import dk.peerstoette.instrument.InstrumentStatus;
import dk.peerstoette.partnership.Choice;
import dk.peerstoette.partnership.ProgrammeDirectory;
import dk.peerstoette.security.Role;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.staffsurvey.StaffSurveyQueries.RoundRow;
import dk.peerstoette.web.FormProblems;
import dk.peerstoette.web.NotFoundException;
import dk.peerstoette.web.Versions;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rounds as coordinators run them and managers read them. A coordinator opens,
 * extends and closes rounds of their own organisation's units and reads their results; a
 * manager reads the results of the organisations of their partnership, as on the
 * dashboard; nobody else sees a round. Opening a round, making links, closing it and
 * reading its results are written to the access log, with codes only. A round's results
 * are shown once it is closed and as many answered as the dashboard's smallest figure
 * needs ({@code app.dashboard.min-persons}).
 */
@Service
class StaffSurveyService {

	static final String ENTITY = "STAFF_SURVEY_ROUND";

	/** The most links made at once. */
	static final int MAX_LINKS = 200;

	private final SurveyRoundRepository rounds;

	private final StaffSurveyQueries queries;

	private final AnswerLinks links;

	private final InstrumentDirectory instruments;

	private final ProgrammeDirectory structure;

	private final AuditLog auditLog;

	private final Clock clock;

	private final int minimum;

	StaffSurveyService(SurveyRoundRepository rounds, StaffSurveyQueries queries, AnswerLinks links,
			InstrumentDirectory instruments, ProgrammeDirectory structure, AuditLog auditLog, Clock clock,
			DashboardProperties dashboard) {
		this.rounds = rounds;
		this.queries = queries;
		this.links = links;
		this.instruments = instruments;
		this.structure = structure;
		this.auditLog = auditLog;
		this.clock = clock;
		this.minimum = dashboard.minPersons();
	}

	/** Every round in the user's scope. */
	@Transactional
	public List<RoundRow> list(StaffUser user) {
		List<RoundRow> rows = this.queries.rounds(scope(user, AuditAction.SEARCH, null));
		this.auditLog.record(AuditAction.SEARCH, ENTITY, null, "RESULTS=" + rows.size());
		return rows;
	}

	public boolean mayOpen(StaffUser user) {
		return user.getRole() == Role.COORDINATOR && user.getOrganisationId() != null;
	}

	/** A new round's form, with the shipped survey chosen. */
	@Transactional(readOnly = true)
	public OpenRoundForm newForm(StaffUser user) {
		requireCoordinator(user, AuditAction.CREATE, null);
		OpenRoundForm form = new OpenRoundForm();
		this.instruments.standard(InstrumentPurpose.STAFF_SURVEY)
			.ifPresent((instrument) -> form.setInstrumentId(instrument.id()));
		return form;
	}

	/** What the form offers: the organisation's active units, the survey instruments. */
	@Transactional(readOnly = true)
	public FormChoices choices(StaffUser user, Locale locale) {
		long organisationId = requireCoordinator(user, AuditAction.CREATE, null);
		return new FormChoices(this.structure.unitChoices(organisationId),
				this.instruments.activeChoices(InstrumentPurpose.STAFF_SURVEY, locale));
	}

	/** Opens a round for one of the organisation's units, with its first links. */
	@Transactional
	public OpenedRound open(OpenRoundForm form, StaffUser user, FormProblems problems) {
		long organisationId = requireCoordinator(user, AuditAction.CREATE, null);
		Long unitId = form.getUnitId();
		if (unitId != null && !this.structure.isActiveUnitOf(unitId, organisationId)) {
			problems.add("unitId", "staffsurvey.unit.unknown");
		}
		else if (unitId != null && this.rounds.existsByUnitIdAndClosedOnIsNull(unitId)) {
			problems.add("unitId", "staffsurvey.round.alreadyOpen");
		}
		Long instrumentId = form.getInstrumentId();
		if (instrumentId != null && this.instruments.definition(instrumentId)
			.filter((found) -> found.status() == InstrumentStatus.ACTIVE
					&& found.purpose() == InstrumentPurpose.STAFF_SURVEY)
			.isEmpty()) {
			problems.add("instrumentId", "staffsurvey.instrument.unknown");
		}
		checkLinkCount(form.getLinks(), problems);
		problems.throwIfAny();
		long unit = Objects.requireNonNull(unitId);
		int count = Objects.requireNonNull(form.getLinks());
		SurveyRound round = new SurveyRound(unit, this.rounds.highestNumber(unit) + 1,
				Objects.requireNonNull(instrumentId), LocalDate.now(this.clock));
		round.addLinks(count);
		try {
			round = this.rounds.saveAndFlush(round);
		}
		catch (DataIntegrityViolationException ex) {
			// Another coordinator opened a round for the unit a moment before.
			throw FormProblems.rejected("unitId", "staffsurvey.round.alreadyOpen");
		}
		long roundId = Objects.requireNonNull(round.getId());
		List<String> tokens = this.links.create(roundId, count);
		this.auditLog.record(AuditAction.CREATE, ENTITY, roundId, "LINKS=" + count);
		return opened(roundId, tokens);
	}

	/** More links for an open round, for staff who did not get one. */
	@Transactional
	public OpenedRound addLinks(long roundId, @Nullable Integer count, StaffUser user) {
		managed(roundId, user);
		FormProblems problems = new FormProblems();
		checkLinkCount(count, problems);
		problems.throwIfAny();
		SurveyRound round = this.rounds.findById(roundId).orElseThrow(NotFoundException::new);
		round.addLinks(Objects.requireNonNull(count));
		this.rounds.flush();
		List<String> tokens = this.links.create(roundId, count);
		this.auditLog.record(AuditAction.UPDATE, ENTITY, roundId, "LINKS_ADDED=" + count);
		return opened(roundId, tokens);
	}

	/** Closes a round: its unused links stop working, and its results can be read. */
	@Transactional
	public void close(long roundId, long version, StaffUser user) {
		managed(roundId, user);
		SurveyRound round = Versions.require(this.rounds.findById(roundId), SurveyRound::getVersion, version);
		round.close(LocalDate.now(this.clock));
		this.links.removeAll(roundId);
		this.rounds.flush();
		this.auditLog.record(AuditAction.UPDATE, ENTITY, roundId, "STATUS=CLOSED");
	}

	/** A round with its results, if they may be shown, and the change since the last. */
	@Transactional
	public RoundView read(long roundId, StaffUser user) {
		RoundRow round = inScope(roundId, user, AuditAction.READ);
		SurveyResults.Answers answers = answers(round);
		SurveyResults results = results(round, answers);
		this.auditLog.record(AuditAction.READ, ENTITY, roundId, "RESULTS=" + results.status());
		boolean manages = round.open() && user.getRole() == Role.COORDINATOR
				&& Objects.equals(user.getOrganisationId(), round.organisationId());
		return new RoundView(round, answers.instrument(), results, manages,
				round.open() ? this.links.unused(roundId) : 0);
	}

	/**
	 * A round's results, with the change since the unit's last round that showed results;
	 * nothing while it is open or when too few answered. The caller checks scope and
	 * audits.
	 */
	SurveyResults results(RoundRow round, SurveyResults.Answers answers) {
		// The round to compare with matters only when this one's results are shown.
		SurveyResults.Answers previous = (round.open() || round.answered() < this.minimum) ? null
				: this.queries.previousShown(round.unitId(), round.number(), this.minimum)
					.map(this::answers)
					.orElse(null);
		return SurveyResults.of(answers, this.minimum, previous);
	}

	SurveyResults.Answers answers(RoundRow round) {
		InstrumentDefinition instrument = this.instruments.definition(round.instrumentId()).orElseThrow();
		return new SurveyResults.Answers(round.number(), round.open(), instrument, this.queries.answers(round.id()));
	}

	private OpenedRound opened(long roundId, List<String> tokens) {
		RoundRow round = this.queries.round(roundId).orElseThrow();
		return new OpenedRound(round, tokens);
	}

	private static void checkLinkCount(@Nullable Integer count, FormProblems problems) {
		if (count != null && (count < 1 || count > MAX_LINKS)) {
			problems.add("links", "staffsurvey.links.range", 1, MAX_LINKS);
		}
	}

	/**
	 * The organisations whose rounds the user reads: a coordinator's own, a manager's
	 * partnership's (as on the dashboard); other roles are refused.
	 */
	private List<Long> scope(StaffUser user, AuditAction action, @Nullable Long roundId) {
		if (user.getRole() == Role.MANAGER) {
			List<Long> ids = this.structure.organisationsOfPartnership(user.getPartnershipId(),
					user.getOrganisationId());
			if (!ids.isEmpty()) {
				return ids;
			}
		}
		else if (user.getRole() == Role.COORDINATOR && user.getOrganisationId() != null) {
			return List.of(user.getOrganisationId());
		}
		throw refusedRole(action, roundId);
	}

	private long requireCoordinator(StaffUser user, AuditAction action, @Nullable Long roundId) {
		if (!mayOpen(user)) {
			throw refusedRole(action, roundId);
		}
		return Objects.requireNonNull(user.getOrganisationId());
	}

	/** A round of the user's scope; out of it, the round does not exist for them. */
	private RoundRow inScope(long roundId, StaffUser user, AuditAction action) {
		List<Long> scope = scope(user, action, roundId);
		RoundRow round = this.queries.round(roundId).orElseThrow(NotFoundException::new);
		if (!scope.contains(round.organisationId())) {
			this.auditLog.recordRefusal(action, ENTITY, roundId, AuditOutcome.DENIED, "REASON=SCOPE");
			throw new NotFoundException();
		}
		return round;
	}

	/**
	 * A round the user may change: one of their own organisation's, as its coordinator.
	 */
	private RoundRow managed(long roundId, StaffUser user) {
		long organisationId = requireCoordinator(user, AuditAction.UPDATE, roundId);
		RoundRow round = this.queries.round(roundId).orElseThrow(NotFoundException::new);
		if (round.organisationId() != organisationId) {
			this.auditLog.recordRefusal(AuditAction.UPDATE, ENTITY, roundId, AuditOutcome.DENIED, "REASON=SCOPE");
			throw new NotFoundException();
		}
		return round;
	}

	private AccessDeniedException refusedRole(AuditAction action, @Nullable Long roundId) {
		this.auditLog.recordRefusal(action, ENTITY, roundId, AuditOutcome.DENIED, "REASON=ROLE");
		return new AccessDeniedException("Staff surveys are for coordinators and managers");
	}

	/** The choices of the form for a new round. */
	record FormChoices(List<Choice> units, List<Choice> instruments) {
	}

	/** A round just opened or extended, with its new links' tokens, shown this once. */
	record OpenedRound(RoundRow round, List<String> tokens) {
	}

	/**
	 * What a round's page shows.
	 *
	 * @param manages whether the user may make links for it and close it
	 * @param unusedLinks how many of its links are still unused (none once closed)
	 */
	record RoundView(RoundRow round, InstrumentDefinition instrument, SurveyResults results, boolean manages,
			int unusedLinks) {
	}

}
