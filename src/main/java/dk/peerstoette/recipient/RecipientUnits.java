package dk.peerstoette.recipient;

import dk.peerstoette.partnership.UnitUsers;

import org.springframework.stereotype.Component;

/** Whether recipients point at a unit, for partnership, which names no table of ours. */
@Component
class RecipientUnits implements UnitUsers {

	private final RecipientRepository repository;

	RecipientUnits(RecipientRepository repository) {
		this.repository = repository;
	}

	@Override
	public boolean usesUnit(long unitId) {
		return this.repository.existsByUnitId(unitId);
	}

}
