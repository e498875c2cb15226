package dk.peerstoette.course;

import org.springframework.data.jpa.repository.JpaRepository;

interface CourseRepository extends JpaRepository<Course, Long> {

	boolean existsByUnitId(long unitId);

}
