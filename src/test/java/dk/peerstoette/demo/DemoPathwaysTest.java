package dk.peerstoette.demo;

import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's bridge-building courses say where they went, most of them, and some of its
 * recipients have a network noted (issue 18, items 5 and 6); loading again adds nothing.
 */
@IntegrationTest
class DemoPathwaysTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoPathways pathways;

	@Test
	void bridgeCoursesHaveDestinationsAndRecipientsNetworksOnce() {
		String kobenhavn = "select id from organisation where name = 'Københavns Kommune'";
		assertThat(count("select count(distinct bridge_to) from course where kind = 'BRIDGE_BUILDING' "
				+ "and organisation_id = (" + kobenhavn + ")"))
			.isGreaterThanOrEqualTo(3);
		assertThat(count("select count(*) from course where kind = 'BRIDGE_BUILDING' and bridge_to is null"))
			.as("some say nothing, as a coordinator may leave it")
			.isPositive();
		assertThat(count("select count(distinct n.recipient_id) from recipient_network n "
				+ "join recipient r on r.id = n.recipient_id where r.organisation_id = (" + kobenhavn + ")"))
			.isGreaterThanOrEqualTo(5);
		assertThat(count("select count(distinct role) from recipient_network")).isGreaterThanOrEqualTo(4);
		long networks = count("select count(*) from recipient_network");
		long destinations = count("select count(*) from course where bridge_to is not null");
		pathways.load();
		assertThat(count("select count(*) from recipient_network")).isEqualTo(networks);
		assertThat(count("select count(*) from course where bridge_to is not null")).isEqualTo(destinations);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
