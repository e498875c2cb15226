package dk.peerstoette.checkin;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.audit.AuditOutcome;
import dk.peerstoette.security.Role;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A peer worker's own check-ins. Only a peer-worker login linked to a peer worker record
 * has any; every other role is refused (403), whoever they are, and someone else's
 * check-in is answered as if it did not exist. Every read and change is audited, without
 * the answers.
 */
@Service
class CheckInService {

	static final String ENTITY = "PEER_CHECKIN";

	private final CheckInRepository checkIns;

	private final JdbcClient jdbc;

	private final AuditLog auditLog;

	private final Clock clock;

	CheckInService(CheckInRepository checkIns, JdbcClient jdbc, AuditLog auditLog, Clock clock) {
		this.checkIns = checkIns;
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
			return new OwnCheckIns(false, List.of());
		}
		List<CheckInRow> rows = this.jdbc.sql("""
				select id, answered_on, hope, meaning, identity, competence, connection, demand, set_back
				from peer_checkin where peer_worker_id = ? order by answered_on desc, id desc
				""").param(peerWorkerId).query(CheckInRow.class).list();
		this.auditLog.record(AuditAction.READ, ENTITY, null, "OWN;RESULTS=" + rows.size());
		return new OwnCheckIns(true, rows);
	}

	/** Whether the user may answer a check-in: a peer worker whose login is linked. */
	@Transactional(readOnly = true)
	public boolean mayAnswer(StaffUser user) {
		return owner(user, AuditAction.CREATE, null) != null;
	}

	@Transactional
	public long create(StaffUser user, CheckInForm form) {
		Long peerWorkerId = owner(user, AuditAction.CREATE, null);
		if (peerWorkerId == null) {
			throw new NotFoundException();
		}
		CheckIn saved = this.checkIns.save(new CheckIn(peerWorkerId, Objects.requireNonNull(form.getAnsweredOn()),
				form.answers(), this.clock.instant()));
		long id = Objects.requireNonNull(saved.getId());
		this.auditLog.record(AuditAction.CREATE, ENTITY, id, null);
		return id;
	}

	/** Deletes one of the user's own check-ins for good: it is their data. */
	@Transactional
	public void delete(StaffUser user, long id) {
		Long peerWorkerId = owner(user, AuditAction.DELETE, id);
		CheckIn checkIn = (peerWorkerId != null) ? this.checkIns.findByIdAndPeerWorkerId(id, peerWorkerId).orElse(null)
				: null;
		if (checkIn == null) {
			this.auditLog.recordRefusal(AuditAction.DELETE, ENTITY, id, AuditOutcome.DENIED, "REASON=OUT_OF_SCOPE");
			throw new NotFoundException();
		}
		this.checkIns.delete(checkIn);
		this.auditLog.record(AuditAction.DELETE, ENTITY, id, null);
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

	/** The user's check-ins and whether their login is linked to a peer worker. */
	record OwnCheckIns(boolean linked, List<CheckInRow> rows) {
	}

}
