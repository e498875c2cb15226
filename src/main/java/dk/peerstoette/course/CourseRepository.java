package dk.peerstoette.course;

import dk.peerstoette.partnership.UnitUsers;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Courses, and whether one points at a unit (for partnership, which names no table of
 * ours).
 */
interface CourseRepository extends JpaRepository<Course, Long>, UnitUsers {

	boolean existsByUnitId(long unitId);

	@Override
	default boolean usesUnit(long unitId) {
		return existsByUnitId(unitId);
	}

}
