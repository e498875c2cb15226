package dk.peerstoette.staffsurvey;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SurveyRoundRepository extends JpaRepository<SurveyRound, Long> {

	@Query("select coalesce(max(r.number), 0) from SurveyRound r where r.unitId = ?1")
	int highestNumber(long unitId);

	boolean existsByUnitIdAndClosedOnIsNull(long unitId);

}
