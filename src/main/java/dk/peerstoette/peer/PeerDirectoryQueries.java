package dk.peerstoette.peer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dk.peerstoette.account.PeerWorkerLinks;
import dk.peerstoette.partnership.Choice;
import dk.peerstoette.partnership.PeerRole;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Peer workers as other modules see them: names, who may be assigned, and which record a
 * login is linked to.
 */
@Service
@Transactional(readOnly = true)
class PeerDirectoryQueries implements PeerDirectory, PeerWorkerLinks {

	private final PeerWorkerRepository workers;

	private final JdbcClient jdbc;

	private final Clock clock;

	PeerDirectoryQueries(PeerWorkerRepository workers, JdbcClient jdbc, Clock clock) {
		this.workers = workers;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<Choice> activeChoices(long organisationId) {
		return this.workers.findActiveChoices(organisationId, LocalDate.now(this.clock));
	}

	@Override
	public boolean allActiveIn(Collection<Long> peerWorkerIds, long organisationId) {
		HashSet<Long> distinct = new HashSet<>(peerWorkerIds);
		return distinct.isEmpty()
				|| this.workers.countActiveIn(distinct, organisationId, LocalDate.now(this.clock)) == distinct.size();
	}

	@Override
	public Map<Long, String> names(Collection<Long> peerWorkerIds) {
		if (peerWorkerIds.isEmpty()) {
			return Map.of();
		}
		return this.workers.findNames(new HashSet<>(peerWorkerIds))
			.stream()
			.collect(Collectors.toMap(Choice::id, Choice::name));
	}

	@Override
	public List<InterviewablePeer> interviewable(Collection<Long> organisationIds, LocalDate givenBy, LocalDate today) {
		if (organisationIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select pw.id, pw.organisation_id, pw.model_id, pw.peer_role,
				       array(select pu.unit_id from peer_worker_unit pu where pu.peer_worker_id = pw.id
				             order by pu.unit_id) as units
				from peer_worker pw
				where pw.organisation_id in (:orgs) and (pw.ends_on is null or pw.ends_on >= :today)
				  and exists (select 1 from peer_worker_consent c
				              where c.peer_worker_id = pw.id and c.kind = 'EVALUATION_INTERVIEW'
				                and c.given_on <= :givenBy and (c.expires_on is null or c.expires_on >= :today)
				                and (c.withdrawn_on is null or c.withdrawn_on > :today))
				order by pw.id
				""").param("orgs", organisationIds).param("givenBy", givenBy).param("today", today).query((row, n) -> {
			Long[] units = (Long[]) row.getArray(5).getArray();
			return new InterviewablePeer(row.getLong(1), row.getLong(2), Arrays.asList(units),
					row.getObject(3, Long.class), PeerRole.valueOf(row.getString(4)));
		}).list();
	}

	@Override
	public Optional<Long> peerWorkerIdOf(long staffUserId) {
		return this.workers.findIdByStaffUserId(staffUserId);
	}

}
