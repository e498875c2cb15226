package dk.peerstoette.account;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.security.Role;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

	@EntityGraph(attributePaths = { "organisation", "partnership" })
	Optional<StaffAccount> findByUsername(String username);

	@EntityGraph(attributePaths = { "organisation", "partnership" })
	Optional<StaffAccount> findWithOrganisationById(long id);

	boolean existsByUsername(String username);

	boolean existsByRoleAndActiveTrue(Role role);

	long countByRoleAndActiveTrue(Role role);

	/**
	 * One page of the user list, as rows; {@code pattern} is a lower-case LIKE pattern.
	 */
	@Query(value = """
			select new dk.peerstoette.account.UserRow(u.id, u.username, u.fullName, u.role, o.name, p.name, u.active)
			from StaffAccount u left join u.organisation o left join u.partnership p
			where (:pattern is null or lower(u.username) like :pattern or lower(u.fullName) like :pattern)
			  and (:role is null or u.role = :role)
			  and (:active is null or u.active = :active)
			""", countQuery = """
			select count(u) from StaffAccount u
			where (:pattern is null or lower(u.username) like :pattern or lower(u.fullName) like :pattern)
			  and (:role is null or u.role = :role)
			  and (:active is null or u.active = :active)
			""")
	Page<UserRow> findRows(@Param("pattern") @Nullable String pattern, @Param("role") @Nullable Role role,
			@Param("active") @Nullable Boolean active, Pageable pageable);

}
