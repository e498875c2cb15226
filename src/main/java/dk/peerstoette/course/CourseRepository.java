package dk.peerstoette.course;

import java.util.List;
import java.util.Optional;

import dk.peerstoette.partnership.UnitUsers;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Courses, and whether one points at a unit (for partnership, which names no table of
 * ours).
 */
interface CourseRepository extends JpaRepository<Course, Long>, UnitUsers {

	boolean existsByUnitId(long unitId);

	Optional<Course> findByContinuesCourseId(long courseId);

	/** The organisation's mentor courses of the recipient that no course continues. */
	@Query("""
			select c from Course c where c.organisationId = :organisation and c.kind = dk.peerstoette.course.CourseKind.MENTOR
			  and :recipient member of c.recipientIds and c.continuesCourseId is null
			  and not exists (select 1 from Course n where n.continuesCourseId = c.id)
			order by c.startsOn desc
			""")
	List<Course> findHandoverChoices(long organisation, long recipient);

	@Override
	default boolean usesUnit(long unitId) {
		return existsByUnitId(unitId);
	}

}
