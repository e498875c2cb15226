package dk.peerstoette.partnership;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LookupValueRepository extends JpaRepository<LookupValue, Long> {

	List<LookupValue> findByListNameOrderBySortOrderAscNameDaAsc(ListName listName);

	Optional<LookupValue> findByListNameAndCode(ListName listName, String code);

	boolean existsByListNameAndCode(ListName listName, String code);

	Optional<LookupValue> findByIdAndListName(long id, ListName listName);

	/**
	 * One page of a list's values; {@code pattern} is a lower-case LIKE pattern matched
	 * against the code and both names.
	 */
	@Query(value = """
			select new dk.peerstoette.partnership.LookupValueRow(v.id, v.code, v.nameDa, v.nameEn, v.sortOrder, v.active)
			from LookupValue v
			where v.listName = :listName
			  and (:pattern is null or lower(v.code) like :pattern or lower(v.nameDa) like :pattern
			       or lower(v.nameEn) like :pattern)
			  and (:active is null or v.active = :active)
			""",
			countQuery = """
					select count(v) from LookupValue v
					where v.listName = :listName
					  and (:pattern is null or lower(v.code) like :pattern or lower(v.nameDa) like :pattern
					       or lower(v.nameEn) like :pattern)
					  and (:active is null or v.active = :active)
					""")
	Page<LookupValueRow> findRows(@Param("listName") ListName listName, @Param("pattern") @Nullable String pattern,
			@Param("active") @Nullable Boolean active, Pageable pageable);

	/** How many values each list holds, and how many are active. */
	@Query("""
			select new dk.peerstoette.partnership.ListSummary(v.listName, count(v),
			  sum(case when v.active then 1 else 0 end))
			from LookupValue v group by v.listName
			""")
	List<ListSummary> summarise();

}
