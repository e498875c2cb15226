package dk.peerstoette.partnership;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PartnershipMembershipRepository extends JpaRepository<PartnershipMembership, Long> {

	boolean existsByPartnershipAndOrganisation(Partnership partnership, Organisation organisation);

	@EntityGraph(attributePaths = { "partnership", "organisation" })
	Optional<PartnershipMembership> findWithPartiesById(long id);

	/** The members of a partnership, by organisation name and start. */
	@Query("""
			select new dk.peerstoette.partnership.MembershipRow(m.id, p.id, p.name, o.id, o.name, o.kind,
			  m.startsOn, m.endsOn)
			from PartnershipMembership m join m.partnership p join m.organisation o
			where p.id = :partnershipId order by o.name, m.startsOn
			""")
	List<MembershipRow> findRowsOfPartnership(@Param("partnershipId") long partnershipId);

	/** The partnerships an organisation is or was in, by partnership name and start. */
	@Query("""
			select new dk.peerstoette.partnership.MembershipRow(m.id, p.id, p.name, o.id, o.name, o.kind,
			  m.startsOn, m.endsOn)
			from PartnershipMembership m join m.partnership p join m.organisation o
			where o.id = :organisationId order by p.name, m.startsOn
			""")
	List<MembershipRow> findRowsOfOrganisation(@Param("organisationId") long organisationId);

	/** The organisations that are or were members of a partnership. */
	@Query("select distinct m.organisation.id from PartnershipMembership m where m.partnership.id = :partnershipId")
	List<Long> findOrganisationIdsOfPartnership(@Param("partnershipId") long partnershipId);

	/** An organisation's memberships of a partnership, in any period. */
	List<PartnershipMembership> findByPartnershipIdAndOrganisationId(long partnershipId, long organisationId);

}
