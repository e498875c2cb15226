package dk.peerstoette.partnership;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnershipMembershipRepository extends JpaRepository<PartnershipMembership, Long> {

	boolean existsByPartnershipAndOrganisation(Partnership partnership, Organisation organisation);

}
