package dk.peerstoette.checkin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.audit.AuditOutcome;
import dk.peerstoette.audit.SearchCriteria;
import dk.peerstoette.audit.ShownRecords;
import dk.peerstoette.security.Role;
import dk.peerstoette.security.StaffUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The flags of {@link SupportFlags}, worked out in one query over the peer workers asked
 * about. Supervision counts when it is recorded either as an organisational activity of
 * kind supervision that was held (by the peer worker or with them taking part), or as
 * supervision received on the peer worker's page.
 */
@Service
class SupervisionFlags implements SupportFlags {

	static final String ENTITY = "PEER_SUPPORT_FLAG";

	/**
	 * High strain on the check-in's own 0 to 4 scale: a strain dimension (demand or
	 * set-back) of 3 or more, the top quarter of the scale ({@link CheckIn#highStrain}).
	 */
	static final int HIGH_STRAIN_EXAMPLE = 3;

	/*
	 * Only the last supervision up to asOf and whether there was one in the period are
	 * needed, so the peer worker's own supervision contacts and received supervision are
	 * looked up per peer worker in their indexes (the newest one, and whether one lies in
	 * the period) instead of reading every supervision they ever had. Supervision they
	 * took part in as a facilitator is joined by contact id (contact_supervision_id_ix).
	 */
	private static final String QUERY = """
			with peers as (
			    select pw.id, pw.full_name, pw.starts_on, pw.ends_on from peer_worker_view pw where %s
			), facilitated as (
			    select f.peer_worker_id, max(k.occurred_on) filter (where k.occurred_on <= :asOf) as last_supervision,
			           bool_or(k.occurred_on between :from and :to) as supervised_in_period
			    from contact_facilitator_view f join peers p on p.id = f.peer_worker_id
			    join supervision_contact_view k on k.id = f.contact_id
			    group by f.peer_worker_id
			)
			select p.id, p.full_name, p.starts_on, p.ends_on,
			       greatest((select max(k.occurred_on) from supervision_contact_view k
			                 where k.peer_worker_id = p.id and k.occurred_on <= :asOf),
			                (select max(ps.received_on) from peer_supervision_view ps
			                 where ps.peer_worker_id = p.id and ps.received_on <= :asOf),
			                fa.last_supervision) as last_supervision,
			       (exists (select 1 from supervision_contact_view k
			                where k.peer_worker_id = p.id and k.occurred_on between :from and :to)
			        or exists (select 1 from peer_supervision_view ps
			                   where ps.peer_worker_id = p.id and ps.received_on between :from and :to)
			        or coalesce(fa.supervised_in_period, false)) as supervised_in_period,
			       coalesce((select count(*) = 2 and bool_and(c.high_strain)
			                 from (select high_strain from peer_checkin
			                       where peer_worker_id = p.id and answered_on <= :asOf
			                       order by answered_on desc, id desc limit 2) c), false) as strain_flagged
			from peers p left join facilitated fa on fa.peer_worker_id = p.id
			order by lower(p.full_name), p.id
			""";

	private final JdbcClient jdbc;

	private final AuditLog auditLog;

	private final int overdueWeeks;

	private final Clock clock;

	SupervisionFlags(JdbcClient jdbc, AuditLog auditLog, CheckInProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.auditLog = auditLog;
		this.overdueWeeks = properties.supervisionOverdueWeeks();
		this.clock = clock;
	}

	int overdueWeeks() {
		return this.overdueWeeks;
	}

	/** The page of a coordinator: the peer workers they supervise, with flags. */
	@Transactional
	public List<SupervisedPeer> supervisedBy(StaffUser user) {
		if (user.getRole() != Role.COORDINATOR) {
			this.auditLog.recordRefusal(AuditAction.SEARCH, ENTITY, null, AuditOutcome.DENIED, "REASON=ROLE");
			throw new AccessDeniedException("Support flags are for the supervising coordinator");
		}
		List<SupervisedPeer> peers = supervised(user.getId(), LocalDate.now(this.clock), this.overdueWeeks);
		this.auditLog.recordShown(ENTITY,
				ShownRecords.of("PEER_WORKER", peers.stream().map(SupervisedPeer::id).toList()),
				SearchCriteria.of("supervisedBy", user.getId()), "RESULTS=" + peers.size());
		return peers;
	}

	@Override
	@Transactional(readOnly = true)
	public long flaggedCount(StaffUser coordinator) {
		if (coordinator.getRole() != Role.COORDINATOR) {
			return 0;
		}
		return supervised(coordinator.getId(), LocalDate.now(this.clock), this.overdueWeeks).stream()
			.filter(SupervisedPeer::flagged)
			.count();
	}

	@Override
	@Transactional(readOnly = true)
	public SupportCounts counts(Collection<Long> organisationIds, LocalDate from, LocalDate to) {
		if (organisationIds.isEmpty() || to.isBefore(from)) {
			return new SupportCounts(0, 0, 0, 0);
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate asOf = to.isAfter(today) ? today : to;
		List<Row> rows = rows(
				"pw.organisation_id in (:organisations) and pw.starts_on <= :to "
						+ "and (pw.ends_on is null or pw.ends_on > :from)",
				Map.of("organisations", organisationIds), asOf, from, to);
		long supervised = rows.stream().filter(Row::supervisedInPeriod).count();
		List<Row> working = rows.stream().filter((row) -> row.worksOn(asOf)).toList();
		long overdue = working.stream().filter((row) -> row.supervisionOverdue(asOf, this.overdueWeeks)).count();
		long strain = working.stream().filter(Row::strainFlagged).count();
		return new SupportCounts(rows.size(), supervised, overdue, strain);
	}

	/** The active peer workers a coordinator supervises, flagged as of a day. */
	List<SupervisedPeer> supervised(long supervisorId, LocalDate asOf, int weeks) {
		return rows(
				"pw.supervisor_user_id = :supervisor and pw.starts_on <= :asOf "
						+ "and (pw.ends_on is null or pw.ends_on > :asOf)",
				Map.of("supervisor", supervisorId), asOf, asOf, asOf)
			.stream()
			.map((row) -> new SupervisedPeer(row.id(), row.fullName(), row.strainFlagged(),
					(row.lastSupervision() != null) ? ChronoUnit.WEEKS.between(row.lastSupervision(), asOf) : null,
					row.supervisionOverdue(asOf, weeks)))
			.toList();
	}

	private List<Row> rows(String filter, Map<String, Object> filterParams, LocalDate asOf, LocalDate from,
			LocalDate to) {
		return this.jdbc.sql(QUERY.formatted(filter))
			.params(filterParams)
			.param("asOf", asOf)
			.param("from", from)
			.param("to", to)
			.query(Row.class)
			.list();
	}

	record Row(long id, String fullName, LocalDate startsOn, @Nullable LocalDate endsOn,
			@Nullable LocalDate lastSupervision, boolean supervisedInPeriod, boolean strainFlagged) {

		boolean worksOn(LocalDate day) {
			return !this.startsOn.isAfter(day) && (this.endsOn == null || this.endsOn.isAfter(day));
		}

		/**
		 * Overdue when the last supervision, or the start if there has been none, lies
		 * the given number of weeks back or further.
		 */
		boolean supervisionOverdue(LocalDate asOf, int weeks) {
			LocalDate since = (this.lastSupervision != null) ? this.lastSupervision : this.startsOn;
			return !since.isAfter(asOf.minusWeeks(weeks));
		}

	}

}
