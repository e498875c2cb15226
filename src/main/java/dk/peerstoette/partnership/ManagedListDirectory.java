package dk.peerstoette.partnership;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The values of the managed lists, for forms (active ones) and for showing stored ones.
 */
@Service
@Transactional(readOnly = true)
public class ManagedListDirectory {

	private final LookupValueRepository values;

	private final JdbcClient jdbc;

	ManagedListDirectory(LookupValueRepository values, JdbcClient jdbc) {
		this.values = values;
		this.jdbc = jdbc;
	}

	/** The active values of a list in its order, named in the user's language. */
	public List<Choice> choices(ListName list, Locale locale) {
		return this.values.findByListNameOrderBySortOrderAscNameDaAsc(list)
			.stream()
			.filter(LookupValue::isActive)
			.map((value) -> new Choice(value.getId(), value.name(locale)))
			.toList();
	}

	/** Whether {@code id} is an active value of {@code list}: what a form may store. */
	public boolean isActiveValue(@Nullable Long id, ListName list) {
		return id != null && this.values.findById(id)
			.filter((value) -> value.getListName() == list && value.isActive())
			.isPresent();
	}

	/** Names of stored values (active or not), by id, in the user's language. */
	public Map<Long, String> names(Collection<Long> ids, Locale locale) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		// In SQL: Hibernate translates a query with a list parameter anew at every call
		// (a tenth of a recipient's page).
		String column = "en".equals(locale.getLanguage()) ? "name_en" : "name_da";
		Map<Long, String> names = new HashMap<>();
		this.jdbc.sql("select id, " + column + " from lookup_value where id in (:ids)")
			.param("ids", ids)
			.query((RowCallbackHandler) (row) -> names.put(row.getLong(1), row.getString(2)));
		return names;
	}

	/** The value of a list with a given code, e.g. for demo data. */
	public @Nullable Long idOf(ListName list, String code) {
		return this.values.findByListNameAndCode(list, code).map(LookupValue::getId).orElse(null);
	}

}
