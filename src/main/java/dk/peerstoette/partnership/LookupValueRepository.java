package dk.peerstoette.partnership;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LookupValueRepository extends JpaRepository<LookupValue, Long> {

	List<LookupValue> findByListNameOrderBySortOrderAscNameDaAsc(ListName listName);

	Optional<LookupValue> findByListNameAndCode(ListName listName, String code);

}
