package dk.peerstoette.demo;

import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.checkin.SupportFlags;
import dk.peerstoette.security.StaffUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's check-ins: {@code koordinator} supervises the København peer workers and
 * sees a flag, the demo peer logins have a trend to look at, and loading again adds
 * nothing.
 */
@IntegrationTest
class DemoCheckInsTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoCheckIns checkIns;

	@Autowired
	SupportFlags flags;

	@Autowired
	UserDetailsService users;

	@Test
	void koordinatorSeesAFlagAndThePeerLoginsHaveATrend() {
		assertThat(flags.flaggedCount((StaffUser) users.loadUserByUsername("koordinator"))).isPositive();
		assertThat(count("""
				select count(*) from peer_checkin c join peer_worker pw on pw.id = c.peer_worker_id
				join staff_user u on u.id = pw.staff_user_id where u.username in ('peer', 'peer.aarhus')
				""")).isGreaterThanOrEqualTo(6);
	}

	@Test
	void loadingAgainAddsNothing() {
		long before = count("select count(*) from peer_checkin");
		long supervised = count("select count(*) from peer_worker where supervisor_user_id is not null");
		checkIns.load();
		assertThat(count("select count(*) from peer_checkin")).isEqualTo(before);
		assertThat(count("select count(*) from peer_worker where supervisor_user_id is not null"))
			.isEqualTo(supervised);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
