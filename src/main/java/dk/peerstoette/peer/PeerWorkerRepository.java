package dk.peerstoette.peer;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.Choice;
import dk.peerstoette.partnership.EmploymentForm;
import dk.peerstoette.partnership.PeerRole;
import dk.peerstoette.partnership.UnitUsers;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PeerWorkerRepository extends JpaRepository<PeerWorker, Long>, UnitUsers {

	@EntityGraph(attributePaths = "unitIds")
	Optional<PeerWorker> findWithUnitsById(long id);

	/**
	 * One page of the list, as rows. {@code organisationId} null means every
	 * organisation; {@code pattern} is a lower-case LIKE pattern; {@code ended} null
	 * means either status.
	 */
	@Query(value = """
			select new dk.peerstoette.peer.PeerWorkerRow(p.id, p.fullName, o.name, p.employmentForm, p.peerRole,
			       m.name, p.startsOn, p.endsOn)
			from PeerWorker p join Organisation o on o.id = p.organisationId
			     left join PeerSupportModel m on m.id = p.modelId
			where (:organisationId is null or p.organisationId = :organisationId)
			  and (:pattern is null or lower(p.fullName) like :pattern)
			  and (:unitId is null or :unitId member of p.unitIds)
			  and (:employmentForm is null or p.employmentForm = :employmentForm)
			  and (:peerRole is null or p.peerRole = :peerRole)
			  and (:ended is null
			       or (:ended = true and p.endsOn is not null and p.endsOn <= :today)
			       or (:ended = false and (p.endsOn is null or p.endsOn > :today)))
			""", countQuery = """
			select count(p) from PeerWorker p
			where (:organisationId is null or p.organisationId = :organisationId)
			  and (:pattern is null or lower(p.fullName) like :pattern)
			  and (:unitId is null or :unitId member of p.unitIds)
			  and (:employmentForm is null or p.employmentForm = :employmentForm)
			  and (:peerRole is null or p.peerRole = :peerRole)
			  and (:ended is null
			       or (:ended = true and p.endsOn is not null and p.endsOn <= :today)
			       or (:ended = false and (p.endsOn is null or p.endsOn > :today)))
			""")
	Page<PeerWorkerRow> findRows(@Param("organisationId") @Nullable Long organisationId,
			@Param("pattern") @Nullable String pattern, @Param("unitId") @Nullable Long unitId,
			@Param("employmentForm") @Nullable EmploymentForm employmentForm,
			@Param("peerRole") @Nullable PeerRole peerRole, @Param("ended") @Nullable Boolean ended,
			@Param("today") LocalDate today, Pageable pageable);

	@Query("select o.name from Organisation o where o.id = :id")
	String organisationName(@Param("id") long organisationId);

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
