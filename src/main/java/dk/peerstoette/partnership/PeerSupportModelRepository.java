package dk.peerstoette.partnership;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PeerSupportModelRepository extends JpaRepository<PeerSupportModel, Long> {

	Optional<PeerSupportModel> findByName(String name);

	@Query("select new dk.peerstoette.partnership.Choice(m.id, m.name) from PeerSupportModel m where m.active "
			+ "order by m.name")
	List<Choice> findActiveChoices();

	/** One page of the model list; {@code pattern} is a lower-case LIKE pattern. */
	@Query(value = """
			select new dk.peerstoette.partnership.ModelRow(m.id, m.name, m.employmentForm, m.role, m.active)
			from PeerSupportModel m
			where (:pattern is null or lower(m.name) like :pattern)
			  and (:employmentForm is null or m.employmentForm = :employmentForm)
			  and (:role is null or m.role = :role)
			  and (:active is null or m.active = :active)
			""", countQuery = """
			select count(m) from PeerSupportModel m
			where (:pattern is null or lower(m.name) like :pattern)
			  and (:employmentForm is null or m.employmentForm = :employmentForm)
			  and (:role is null or m.role = :role)
			  and (:active is null or m.active = :active)
			""")
	Page<ModelRow> findRows(@Param("pattern") @Nullable String pattern,
			@Param("employmentForm") @Nullable EmploymentForm employmentForm, @Param("role") @Nullable PeerRole role,
			@Param("active") @Nullable Boolean active, Pageable pageable);

	/** Whether another model has this name, whatever the case. */
	@Query("select count(m) > 0 from PeerSupportModel m where lower(m.name) = lower(:name) and m.id <> :excludedId")
	boolean isNameTaken(@Param("name") String name, @Param("excludedId") long excludedId);

}
