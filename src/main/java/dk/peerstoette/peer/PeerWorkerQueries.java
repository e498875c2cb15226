package dk.peerstoette.peer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.EmploymentForm;
import dk.peerstoette.partnership.PeerRole;
import dk.peerstoette.web.ListPages;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The peer worker list in SQL: one statement for a page and its total (a window count),
 * with only the conditions asked for. The names of organisations and models are
 * partnership's, read through the views it publishes for us.
 */
@Component
class PeerWorkerQueries {

	/** The list's sort keys, each to the SQL it sorts by. */
	static final Map<String, String> SORTABLE = Map.of("name", "p.full_name", "start", "p.starts_on", "organisation",
			"o.name");

	private final JdbcClient jdbc;

	PeerWorkerQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of the list. {@code organisationId} null means every organisation;
	 * {@code pattern} is a lower-case LIKE pattern; {@code ended} null means either
	 * status, each as of {@code today}. {@code pageable} carries SQL from
	 * {@link #SORTABLE} as its sort properties.
	 */
	Page<PeerWorkerRow> page(@Nullable Long organisationId, @Nullable String pattern, @Nullable Long unitId,
			@Nullable EmploymentForm employmentForm, @Nullable PeerRole peerRole, @Nullable Boolean ended,
			LocalDate today, Pageable pageable) {
		Map<String, Object> params = new HashMap<>();
		List<String> where = new ArrayList<>();
		if (organisationId != null) {
			where.add("p.organisation_id = :organisationId");
			params.put("organisationId", organisationId);
		}
		if (pattern != null) {
			where.add("lower(p.full_name) like :pattern");
			params.put("pattern", pattern);
		}
		if (unitId != null) {
			where.add(
					"exists (select 1 from peer_worker_unit pu where pu.peer_worker_id = p.id and pu.unit_id = :unitId)");
			params.put("unitId", unitId);
		}
		if (employmentForm != null) {
			where.add("p.employment_form = :employmentForm");
			params.put("employmentForm", employmentForm.name());
		}
		if (peerRole != null) {
			where.add("p.peer_role = :peerRole");
			params.put("peerRole", peerRole.name());
		}
		if (ended != null) {
			where.add(ended ? "p.ends_on <= :today" : "(p.ends_on is null or p.ends_on > :today)");
			params.put("today", today);
		}
		String condition = where.isEmpty() ? "true" : String.join(" and ", where);
		params.put("limit", pageable.getPageSize());
		params.put("offset", pageable.getOffset());
		return ListPages
			.counted(this.jdbc.sql("""
					select p.id, p.full_name, o.name as organisation_name, p.employment_form, p.peer_role,
					       m.name as model_name, p.starts_on, p.ends_on, count(*) over () as total
					from peer_worker p join organisation_view o on o.id = p.organisation_id
					left join peer_support_model_view m on m.id = p.model_id
					where %s
					order by %s
					limit :limit offset :offset
					""".formatted(condition, ListPages.orderBy(pageable.getSort(), "p.id"))).params(params),
					(rs, n) -> new PeerWorkerRow(rs.getLong("id"), rs.getString("full_name"),
							rs.getString("organisation_name"), EmploymentForm.valueOf(rs.getString("employment_form")),
							PeerRole.valueOf(rs.getString("peer_role")), rs.getString("model_name"),
							rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class)),
					pageable,
					() -> this.jdbc.sql("select count(*) from peer_worker p where " + condition)
						.params(params)
						.query(Long.class)
						.single());
	}

}
