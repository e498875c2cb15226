package dk.peerstoette.outcome;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

}
