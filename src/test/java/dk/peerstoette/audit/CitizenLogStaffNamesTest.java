package dk.peerstoette.audit;

import java.util.List;

import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code app.audit.citizen-log.show-staff-names}: off, a citizen's log names nobody; on,
 * it names who looked. Both read the same accesses.
 */
@IntegrationTest
class CitizenLogStaffNamesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void namesTheStaffOnlyWhenTheSettingSaysSo() throws Exception {
		long recipient = this.jdbc.sql("""
				select r.id from recipient r join organisation o on o.id = r.organisation_id
				where o.name = 'Københavns Kommune' order by r.id limit 1
				""").query(Long.class).single();
		this.mvc.perform(get("/recipients/" + recipient).with(user(this.users.loadUserByUsername("koordinator"))))
			.andExpect(status().isOk());

		List<CitizenAccess> hidden = new AccessLogDirectory(this.jdbc,
				new AuditProperties(new AuditProperties.CitizenLog(false)))
			.citizenLog(recipient);
		List<CitizenAccess> shown = new AccessLogDirectory(this.jdbc,
				new AuditProperties(new AuditProperties.CitizenLog(true)))
			.citizenLog(recipient);

		assertThat(hidden).isNotEmpty().allSatisfy((access) -> assertThat(access.staffName()).isNull());
		assertThat(shown.stream().map(CitizenAccess::id)).isEqualTo(hidden.stream().map(CitizenAccess::id).toList());
		assertThat(shown.get(shown.size() - 1).staffName()).isEqualTo("Karen Koordinator");
	}

}
