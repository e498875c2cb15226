package dk.peerstoette.peer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dk.peerstoette.account.PeerWorkerLinks;
import dk.peerstoette.partnership.Choice;

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

	private final Clock clock;

	PeerDirectoryQueries(PeerWorkerRepository workers, Clock clock) {
		this.workers = workers;
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
	public Optional<Long> peerWorkerIdOf(long staffUserId) {
		return this.workers.findIdByStaffUserId(staffUserId);
	}

}
