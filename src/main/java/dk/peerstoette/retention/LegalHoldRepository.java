package dk.peerstoette.retention;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LegalHoldRepository extends JpaRepository<LegalHold, Long> {

	@Query("select h from LegalHold h where h.recipientId = :recipientId and h.liftedOn is null")
	Optional<LegalHold> findInForce(@Param("recipientId") long recipientId);

	List<LegalHold> findByRecipientIdOrderByPlacedOnDescIdDesc(long recipientId);

	/**
	 * An anonymised recipient's lifted holds go with their reasons, which may name them.
	 */
	@Modifying
	@Query("delete from LegalHold h where h.recipientId = :recipientId")
	void deleteByRecipient(@Param("recipientId") long recipientId);

}
