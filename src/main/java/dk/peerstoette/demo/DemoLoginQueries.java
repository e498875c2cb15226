package dk.peerstoette.demo;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where the demo's records of daily work go: the organisations with a coordinator or peer
 * worker login, and the coordinator who writes what no peer worker wrote.
 */
final class DemoLoginQueries {

	private DemoLoginQueries() {
	}

	/** The organisations with a coordinator or peer worker login, in id order. */
	private static List<Long> organisationsWithLogin(JdbcClient jdbc) {
		return jdbc.sql("""
				select distinct o.id from organisation o join staff_user u on u.organisation_id = o.id
				where u.role in ('COORDINATOR', 'PEER_WORKER') order by o.id
				""").query(Long.class).list();
	}

	/**
	 * The organisations with a login that the demo has not filled yet: for which
	 * {@code filledQuery}, a {@code select exists (...)} given the organisation's id and
	 * then {@code params}, is false. A restart so adds nothing.
	 */
	static List<Long> organisationsToFill(JdbcClient jdbc, String filledQuery, Object... params) {
		return organisationsWithLogin(jdbc).stream().filter((organisation) -> {
			Object[] values = new Object[params.length + 1];
			values[0] = organisation;
			System.arraycopy(params, 0, values, 1, params.length);
			return !jdbc.sql(filledQuery).params(values).query(Boolean.class).single();
		}).toList();
	}

	/** The organisation's first active coordinator, if it has one. */
	static @Nullable Long coordinator(JdbcClient jdbc, long organisation) {
		return jdbc.sql("select min(id) from staff_user where organisation_id = ? and role = 'COORDINATOR' and active")
			.param(organisation)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

}
