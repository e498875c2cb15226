package dk.peerstoette.checkin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.TestClock;
import dk.peerstoette.account.StaffAccountService;
import dk.peerstoette.instrument.ItemDimension;
import dk.peerstoette.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * What the check-in tests set up, straight in the tables: an organisation of their own
 * (so that counts are not disturbed by the demo), with a unit, coordinators, peer
 * workers, check-ins and supervision.
 */
final class CheckInFixtures {

	static final String PASSWORD = "Checkin-Test-Password-2026";

	final JdbcClient jdbc;

	final StaffAccountService accounts;

	final String tag = UUID.randomUUID().toString().substring(0, 8);

	final long organisationId;

	final long unitId;

	CheckInFixtures(JdbcClient jdbc, StaffAccountService accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.organisationId = jdbc.sql("insert into organisation (name, kind) values (?, 'MUNICIPALITY') returning id")
			.param("Tjek Kommune " + this.tag)
			.query(Long.class)
			.single();
		this.unitId = jdbc.sql("""
				insert into unit (organisation_id, name, kind, sector) values (?, 'Enheden', 'OTHER', 'MUNICIPAL')
				returning id
				""").param(this.organisationId).query(Long.class).single();
	}

	/** A login of the fixture organisation; returns its username. */
	String login(String name, Role role) {
		String username = (name + "." + this.tag).toLowerCase();
		this.accounts.provisionIfAbsent(username, PASSWORD, name + " " + this.tag, role, this.organisationId, null);
		return username;
	}

	long userId(String username) {
		return this.jdbc.sql("select id from staff_user where username = ?").param(username).query(Long.class).single();
	}

	long peerWorker(String name, LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable Long supervisorId) {
		return this.jdbc.sql("""
				insert into peer_worker (organisation_id, full_name, employment_form, peer_role, starts_on, ends_on,
				    supervisor_user_id)
				values (?, ?, 'PAID', 'SUPPLEMENTARY', ?, ?, ?) returning id
				""")
			.params(this.organisationId, name + " " + this.tag, startsOn, endsOn, supervisorId)
			.query(Long.class)
			.single();
	}

	void link(long peerWorkerId, String username) {
		this.jdbc.sql("update peer_worker set staff_user_id = ? where id = ?")
			.params(userId(username), peerWorkerId)
			.update();
	}

	/** A check-in with the five self measures at 2 and the strain given. */
	long checkIn(long peerWorkerId, LocalDate day, int demand, int setBack) {
		return checkIn(peerWorkerId, day, false, 2, 2, 2, 2, 2, demand, setBack);
	}

	/**
	 * A check-in on the instrument we ship, its answers in the order of its items (hope,
	 * meaning, identity, competence, connection, demand, set back), with the scores and
	 * the strain the check-in itself works out.
	 */
	long checkIn(long peerWorkerId, LocalDate day, boolean countsInStatistics, int... answers) {
		List<Long> items = items();
		Map<ItemDimension, BigDecimal> scores = new EnumMap<>(ItemDimension.class);
		List<ItemDimension> dimensions = this.jdbc
			.sql("select dimension from instrument_item where instrument_id = ? order by position")
			.param(instrument())
			.query((rs, n) -> ItemDimension.valueOf(rs.getString(1)))
			.list();
		for (int i = 0; i < answers.length; i++) {
			scores.put(dimensions.get(i), BigDecimal.valueOf(answers[i]));
		}
		long id = this.jdbc.sql("""
				insert into peer_checkin (peer_worker_id, answered_on, instrument_id, high_strain, statistics_consent)
				values (?, ?, ?, ?, ?) returning id
				""")
			.params(peerWorkerId, day, instrument(), CheckIn.highStrain(scores, 0, 4), countsInStatistics)
			.query(Long.class)
			.single();
		for (int i = 0; i < answers.length; i++) {
			this.jdbc.sql("insert into peer_checkin_answer (checkin_id, item_id, answer) values (?, ?, ?)")
				.params(id, items.get(i), answers[i])
				.update();
			this.jdbc.sql("insert into peer_checkin_score (checkin_id, dimension, score) values (?, ?, ?)")
				.params(id, dimensions.get(i).name(), answers[i])
				.update();
		}
		return id;
	}

	/** The check-in instrument we ship. */
	long instrument() {
		return this.jdbc.sql("select id from instrument where code = 'CHECKIN-7' and version_number = 1")
			.query(Long.class)
			.single();
	}

	/** Its items' ids, in their order. */
	List<Long> items() {
		return this.jdbc.sql("select id from instrument_item where instrument_id = ? order by position")
			.param(instrument())
			.query(Long.class)
			.list();
	}

	/** The answers a check-in keeps, in the order of the items. */
	List<Integer> answers(long checkInId) {
		return this.jdbc.sql("""
				select a.answer from peer_checkin_answer a join instrument_item i on i.id = a.item_id
				where a.checkin_id = ? order by i.position
				""").param(checkInId).query(Integer.class).list();
	}

	/** An organisational activity of the peer worker, recorded by the given user. */
	long activity(long peerWorkerId, String kind, String status, LocalDate day, long author) {
		return this.jdbc.sql("""
				insert into contact (organisation_id, unit_id, peer_worker_id, kind, status, not_held_reason,
				    occurred_on, starts_at, duration_minutes, created_by, updated_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, 60, ?, ?) returning id
				""")
			.params(this.organisationId, this.unitId, peerWorkerId, kind, status,
					"NOT_HELD".equals(status) ? "OTHER" : null, day, LocalTime.of(10, 0), author, author)
			.query(Long.class)
			.single();
	}

	/** The peer worker took part in someone else's activity. */
	void takesPart(long contactId, long peerWorkerId) {
		this.jdbc.sql("insert into contact_facilitator (contact_id, peer_worker_id) values (?, ?)")
			.params(contactId, peerWorkerId)
			.update();
	}

	/** Supervision recorded on the peer worker's page. */
	void supervisionReceived(long peerWorkerId, LocalDate day) {
		this.jdbc.sql("""
				insert into peer_supervision (peer_worker_id, received_on, supervisor, form)
				values (?, ?, 'Supervisor', 'GROUP')
				""").params(peerWorkerId, day).update();
	}

	void delete(long contactId, long by) {
		this.jdbc.sql("update contact set deleted_at = now(), deleted_by = ?, delete_reason = 'test' where id = ?")
			.params(by, contactId)
			.update();
	}

	long checkIns(long peerWorkerId) {
		return this.jdbc.sql("select count(*) from peer_checkin where peer_worker_id = ?")
			.param(peerWorkerId)
			.query(Long.class)
			.single();
	}

	/**
	 * A valid new check-in on the instrument we ship, with some values replaced
	 * ({@code name, value} pairs; an item as its position, {@code "6"} for demand).
	 */
	MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String... replaced) {
		return valid(request, items(), instrument(), replaced);
	}

	/**
	 * As {@link #valid(MockHttpServletRequestBuilder, String...)}, without a database.
	 */
	static MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, List<Long> items,
			long instrumentId, String... replaced) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("answeredOn", TestClock.today().toString());
		values.put("instrumentId", String.valueOf(instrumentId));
		String[] answers = { "2", "3", "4", "2", "0", "3", "1" };
		for (int i = 0; i < items.size(); i++) {
			values.put(String.valueOf(i + 1), answers[i]);
		}
		for (int i = 0; i < replaced.length; i += 2) {
			values.put(replaced[i], replaced[i + 1]);
		}
		values.forEach((name, value) -> {
			if (name.matches("\\d+")) {
				request.param("answers[" + items.get(Integer.parseInt(name) - 1) + "]", value);
			}
			else {
				request.param(name, value);
			}
		});
		return request.with(csrf());
	}

}
