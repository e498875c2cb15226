package dk.peerstoette.peer;

import dk.peerstoette.partnership.UnitUsers;

import org.springframework.stereotype.Component;

/**
 * Whether peer workers point at a unit, for partnership, which names no table of ours.
 */
@Component
class PeerWorkerUnits implements UnitUsers {

	private final PeerWorkerRepository repository;

	PeerWorkerUnits(PeerWorkerRepository repository) {
		this.repository = repository;
	}

	@Override
	public boolean usesUnit(long unitId) {
		return this.repository.existsByUnit(unitId);
	}

}
