package dk.peerstoette.peer;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.Choice;
import dk.peerstoette.partnership.UnitUsers;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PeerWorkerRepository extends JpaRepository<PeerWorker, Long>, UnitUsers {

	@EntityGraph(attributePaths = "unitIds")
	Optional<PeerWorker> findWithUnitsById(long id);

	@Query("select p.id from PeerWorker p where p.staffUserId = :staffUserId")
	Optional<Long> findIdByStaffUserId(@Param("staffUserId") long staffUserId);

	/**
	 * Which of the logins are linked to a peer worker other than {@code exceptId} (any,
	 * if null).
	 */
	@Query("""
			select p.staffUserId from PeerWorker p
			where p.staffUserId in :staffUserIds and (:exceptId is null or p.id <> :exceptId)
			""")
	List<Long> findLinkedAmong(@Param("staffUserIds") Collection<Long> staffUserIds,
			@Param("exceptId") @Nullable Long exceptId);

	@Query("""
			select new dk.peerstoette.partnership.Choice(p.id, p.fullName) from PeerWorker p
			where p.organisationId = :organisationId and (p.endsOn is null or p.endsOn > :today)
			order by lower(p.fullName), p.id
			""")
	List<Choice> findActiveChoices(@Param("organisationId") long organisationId, @Param("today") LocalDate today);

	@Query("""
			select count(p) from PeerWorker p
			where p.id in :ids and p.organisationId = :organisationId and (p.endsOn is null or p.endsOn > :today)
			""")
	long countActiveIn(@Param("ids") Collection<Long> ids, @Param("organisationId") long organisationId,
			@Param("today") LocalDate today);

	@Query("select new dk.peerstoette.partnership.Choice(p.id, p.fullName) from PeerWorker p where p.id in :ids")
	List<Choice> findNames(@Param("ids") Collection<Long> ids);

	/** For partnership, which names no table of ours. */
	@Override
	@Query("select count(p) > 0 from PeerWorker p where :unitId member of p.unitIds")
	boolean usesUnit(@Param("unitId") long unitId);

}
