package dk.peerstoette.course;

import dk.peerstoette.partnership.UnitUsers;

import org.springframework.stereotype.Component;

/** Whether courses point at a unit, for partnership, which names no table of ours. */
@Component
class CourseUnits implements UnitUsers {

	private final CourseRepository repository;

	CourseUnits(CourseRepository repository) {
		this.repository = repository;
	}

	@Override
	public boolean usesUnit(long unitId) {
		return this.repository.existsByUnitId(unitId);
	}

}
