package dk.peerstoette.interview;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.audit.AuditOutcome;
import dk.peerstoette.audit.ShownRecords;
import dk.peerstoette.dashboard.DashboardProperties;
import dk.peerstoette.interview.InterviewSample.Person;
import dk.peerstoette.interview.InterviewSample.StratumRow;
import dk.peerstoette.interview.StratifiedDraw.Candidate;
import dk.peerstoette.interview.StratifiedDraw.Drawn;
import dk.peerstoette.interview.StratifiedDraw.Kind;
import dk.peerstoette.partnership.ProgrammeDirectory;
import dk.peerstoette.peer.InterviewablePeer;
import dk.peerstoette.peer.PeerDirectory;
import dk.peerstoette.recipient.RecipientDirectory;
import dk.peerstoette.recipient.RecipientLabel;
import dk.peerstoette.security.Role;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.FormProblems;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws the interview sample within the user's scope, as the dashboard's: a coordinator's
 * organisation, or the organisations of a manager's partnership; no other role. Only
 * people whose consent to being contacted was given by the day of the draw and holds
 * today are candidates, so a consent withdrawn or expired since takes its person out of
 * an earlier draw too. A coordinator sees whom to contact; a manager, who never sees
 * recipients or peer workers, sees how many each stratum gave. Every draw and every view
 * is audited with the draw's codes, and a view with the records it showed.
 */
@Service
class InterviewSampleService {

	static final String ENTITY = "INTERVIEW_SAMPLE";

	private static final Comparator<String> NAMES = Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER);

	private final InterviewQueries queries;

	private final PeerDirectory peers;

	private final RecipientDirectory recipients;

	private final ProgrammeDirectory structure;

	private final AuditLog auditLog;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	/**
	 * Below it a count is a figure about too few people, for a reader who sees nobody.
	 */
	private final int minPersons;

	InterviewSampleService(InterviewQueries queries, PeerDirectory peers, RecipientDirectory recipients,
			ProgrammeDirectory structure, AuditLog auditLog, Clock clock, DashboardProperties dashboard) {
		this.minPersons = dashboard.minPersons();
		this.queries = queries;
		this.peers = peers;
		this.recipients = recipients;
		this.structure = structure;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** The page is for coordinators and managers only: 403 for others, audited. */
	public void checkMayDraw(StaffUser user) {
		scope(user);
	}

	/**
	 * A new draw of the form's sizes and strata: its seed and today's date, which the
	 * form then carries to the page that shows it.
	 */
	@Transactional
	public SampleForm draw(SampleForm form, StaffUser user, FormProblems problems) {
		List<Long> scope = scope(user);
		LocalDate today = LocalDate.now(this.clock);
		form.setOn(null);
		form.check(today, problems);
		problems.throwIfAny();
		form.setSeed(this.random.nextLong(1, Long.MAX_VALUE));
		form.setOn(today);
		this.auditLog.record(AuditAction.SEARCH, ENTITY, null,
				"DRAW;" + codes(form) + ";ORGANISATIONS=" + scope.size());
		return form;
	}

	/** The draw the form names (seed and day), in the user's scope. */
	@Transactional
	public InterviewSample show(SampleForm form, StaffUser user, FormProblems problems) {
		List<Long> scope = scope(user);
		LocalDate today = LocalDate.now(this.clock);
		form.check(today, problems);
		problems.throwIfAny();
		long seed = Objects.requireNonNull(form.getSeed());
		LocalDate on = Objects.requireNonNull(form.getOn());
		List<Candidate> candidates = new ArrayList<>();
		this.queries.consentingRecipients(scope, on, today)
			.forEach((r) -> candidates
				.add(new Candidate(Kind.RECIPIENT, r.id(), r.organisationId(), r.unitId(), r.modelId(), r.role())));
		for (InterviewablePeer peer : this.peers.interviewable(scope, on, today)) {
			// In the stratum of each unit they work in, or of none.
			if (peer.unitIds().isEmpty()) {
				candidates.add(new Candidate(Kind.PEER_WORKER, peer.id(), peer.organisationId(), null, peer.modelId(),
						peer.role()));
			}
			for (long unit : peer.unitIds()) {
				candidates.add(new Candidate(Kind.PEER_WORKER, peer.id(), peer.organisationId(), unit, peer.modelId(),
						peer.role()));
			}
		}
		List<Drawn> drawn = StratifiedDraw.draw(seed, form.getStrata(), Objects.requireNonNull(form.getRecipients()),
				Objects.requireNonNull(form.getPeerWorkers()), candidates);
		boolean showsPeople = user.getRole().seesRecipients();
		InterviewSample sample = new InterviewSample(seed, on, showsPeople, this.minPersons,
				rows(drawn, form.getStrata(), showsPeople, user.getRole()));
		List<Long> recipientIds = drawn.stream().flatMap((d) -> d.recipients().stream()).toList();
		List<Long> peerIds = drawn.stream().flatMap((d) -> d.peerWorkers().stream()).toList();
		ShownRecords shown = showsPeople ? ShownRecords.of("RECIPIENT", recipientIds).and("PEER_WORKER", peerIds)
				: ShownRecords.of("RECIPIENT", List.of());
		this.auditLog.recordShown(ENTITY, shown, form.criteria(),
				"VIEW;" + codes(form) + ";RESULTS=" + (recipientIds.size() + peerIds.size()));
		return sample;
	}

	private List<StratumRow> rows(List<Drawn> drawn, Set<Stratum> strata, boolean showsPeople, Role reader) {
		Set<Long> units = new HashSet<>();
		Set<Long> models = new HashSet<>();
		Map<Long, String> organisations = new HashMap<>();
		for (Drawn d : drawn) {
			addIf(units, d.key().unitId());
			addIf(models, d.key().modelId());
			organisations.computeIfAbsent(d.key().organisationId(), this.structure::organisationName);
		}
		Map<Long, String> unitNames = this.structure.unitNames(units);
		Map<Long, String> modelNames = models.isEmpty() ? Map.of() : this.structure.modelNames(models);
		Map<Long, RecipientLabel> labels = showsPeople
				? this.recipients.labels(drawn.stream().flatMap((d) -> d.recipients().stream()).toList(), reader)
				: Map.of();
		Map<Long, String> names = showsPeople
				? this.peers.names(drawn.stream().flatMap((d) -> d.peerWorkers().stream()).toList()) : Map.of();
		List<StratumRow> rows = new ArrayList<>();
		for (Drawn d : drawn) {
			if (d.recipients().isEmpty() && d.peerWorkers().isEmpty()) {
				continue;
			}
			List<Person> recipientsToContact = showsPeople ? d.recipients()
				.stream()
				.map((id) -> new Person(id, labels.get(id).label()))
				.sorted(Comparator.comparing(Person::label, NAMES))
				.toList() : List.of();
			List<Person> peersToContact = showsPeople ? d.peerWorkers()
				.stream()
				.map((id) -> new Person(id, names.get(id)))
				.sorted(Comparator.comparing(Person::label, NAMES))
				.toList() : List.of();
			rows.add(new StratumRow(organisations.get(d.key().organisationId()), strata.contains(Stratum.UNIT),
					(d.key().unitId() != null) ? unitNames.get(d.key().unitId()) : null, strata.contains(Stratum.MODEL),
					(d.key().modelId() != null) ? modelNames.get(d.key().modelId()) : null,
					strata.contains(Stratum.ROLE), d.key().role(), recipientsToContact, peersToContact,
					d.recipients().size(), d.peerWorkers().size()));
		}
		rows.sort(Comparator.comparing(StratumRow::organisationName, NAMES)
			.thenComparing(StratumRow::unitName, NAMES)
			.thenComparing(StratumRow::modelName, NAMES)
			.thenComparing(StratumRow::role, Comparator.nullsLast(Comparator.naturalOrder())));
		return rows;
	}

	private static void addIf(Set<Long> ids, @Nullable Long id) {
		if (id != null) {
			ids.add(id);
		}
	}

	/** The draw as codes for the access log: seed, day, strata and sizes. */
	private static String codes(SampleForm form) {
		return "SEED=" + form.getSeed() + ";ON=" + form.getOn() + ";STRATA="
				+ form.getStrata().stream().sorted().map(Enum::name).collect(Collectors.joining(",")) + ";RECIPIENTS="
				+ form.getRecipients() + ";PEER_WORKERS=" + form.getPeerWorkers();
	}

	/**
	 * The organisations the user draws from, as the dashboard's scope: a coordinator's
	 * own, a manager's partnership's (and own); 403 for every other role, audited.
	 */
	private List<Long> scope(StaffUser user) {
		if (user.getRole() == Role.COORDINATOR && user.getOrganisationId() != null) {
			return List.of(user.getOrganisationId());
		}
		if (user.getRole() == Role.MANAGER) {
			List<Long> organisations = this.structure.organisationsOfPartnership(user.getPartnershipId(),
					user.getOrganisationId());
			if (!organisations.isEmpty()) {
				return organisations;
			}
		}
		this.auditLog.recordRefusal(AuditAction.SEARCH, ENTITY, null, AuditOutcome.DENIED, "REASON=ROLE");
		throw new AccessDeniedException("The interview sample is for coordinators and managers");
	}

}
