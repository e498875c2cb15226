package dk.peerstoette.instrument;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InstrumentRepository extends JpaRepository<Instrument, Long> {

	@Query("select coalesce(max(i.versionNumber), 0) from Instrument i where i.code = ?1")
	int highestVersionNumber(String code);

	boolean existsByCode(String code);

	@Query("select i.purpose from Instrument i where i.code = ?1 and i.versionNumber = 1")
	java.util.Optional<InstrumentPurpose> purposeOfCode(String code);

	List<Instrument> findByCodeAndStatus(String code, InstrumentStatus status);

}
