package dk.peerstoette.partnership;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.web.FormProblems;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators change the programme structure; managers read the same pages without any
 * form; coordinators and peer workers do not reach it at all.
 */
@IntegrationTest
class StructureAccessWebTest {

	private static final List<String> LISTS = List.of("/admin/partnerships", "/admin/organisations", "/admin/units",
			"/admin/models", "/admin/lists", "/admin/lists/TARGET_GROUP");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PartnershipService partnerships;

	@Autowired
	UserDetailsService users;

	@Nested
	@WithUserDetails("leder")
	class Manager {

		@Test
		void readsEveryListWithoutTheButtonsToCreate() throws Exception {
			for (String list : LISTS) {
				mvc.perform(get(list))
					.andExpect(status().isOk())
					.andExpect(content().string(not(containsString("/new\""))));
			}
		}

		@Test
		void readsEveryDetailPageWithoutAnyForm() throws Exception {
			for (String page : detailPages()) {
				mvc.perform(get(page))
					.andExpect(status().isOk())
					.andExpect(content().string(not(containsString("name=\"version\""))))
					.andExpect(content().string(not(containsString("name=\"active\" value="))))
					.andExpect(content().string(not(containsString("action=\"" + page))));
			}
			mvc.perform(get("/admin/partnerships/{id}", hovedstaden()))
				.andExpect(content().string(containsString("Københavns Kommune")))
				.andExpect(content().string(not(containsString("/memberships/"))));
		}

		@ParameterizedTest
		@ValueSource(strings = { "/admin/partnerships/new", "/admin/organisations/new", "/admin/units/new",
				"/admin/models/new", "/admin/lists/TARGET_GROUP/new" })
		void getsNoFormToCreate(String page) throws Exception {
			mvc.perform(get(page)).andExpect(status().isForbidden());
		}

		@Test
		void getsNoFormForMemberships() throws Exception {
			long membership = jdbc.sql("select min(id) from partnership_membership where partnership_id = ?")
				.param(hovedstaden())
				.query(Long.class)
				.single();
			mvc.perform(get("/admin/partnerships/{id}/memberships/new", hovedstaden()))
				.andExpect(status().isForbidden());
			mvc.perform(get("/admin/partnerships/{id}/memberships/{m}", hovedstaden(), membership))
				.andExpect(status().isForbidden());
		}

		@Test
		void cannotChangeAnything() throws Exception {
			long id = hovedstaden();
			mvc.perform(post("/admin/partnerships").with(csrf()).param("name", "Leders partnerskab"))
				.andExpect(status().isForbidden());
			mvc.perform(post("/admin/partnerships/{id}", id).with(csrf())
				.param("name", "Omdøbt af leder")
				.param("version", "0")).andExpect(status().isForbidden());
			mvc.perform(post("/admin/partnerships/{id}/active", id).with(csrf())
				.param("active", "false")
				.param("version", "0")).andExpect(status().isForbidden());
			mvc.perform(
					post("/admin/organisations").with(csrf()).param("name", "Leders organisation").param("kind", "NGO"))
				.andExpect(status().isForbidden());
			mvc.perform(post("/admin/lists/TARGET_GROUP").with(csrf()).param("code", "MANAGER"))
				.andExpect(status().isForbidden());
			assertThat(jdbc.sql("select name || '/' || active from partnership where id = ?")
				.param(id)
				.query(String.class)
				.single()).isEqualTo("Partnerskab Region Hovedstaden/true");
			assertThat(jdbc.sql("select count(*) from organisation where name = 'Leders organisation'")
				.query(Integer.class)
				.single()).isZero();
		}

		@Test
		void isRefusedByTheServicesThemselvesAndNotOnlyByTheUrlRules() {
			PartnershipForm form = new PartnershipForm();
			form.setName("Leders partnerskab");
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> partnerships.create(form, new FormProblems()));
		}

	}

	@Nested
	class OtherRoles {

		@ParameterizedTest
		@ValueSource(strings = { "koordinator", "peer" })
		void getNoProgrammeStructurePages(String username) throws Exception {
			List<String> pages = new ArrayList<>(LISTS);
			pages.addAll(detailPages());
			for (String page : pages) {
				mvc.perform(get(page).with(user(users.loadUserByUsername(username)))).andExpect(status().isForbidden());
			}
		}

		@Test
		@WithUserDetails("koordinator")
		void aCoordinatorIsRefusedByTheServiceToo() {
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> partnerships.list(null, null, Pageable.unpaged()));
		}

	}

	private List<String> detailPages() {
		long organisation = id("select id from organisation where name = 'Aarhus Kommune'");
		long unit = id("select id from unit where name = 'OPUS Aarhus'");
		long model = id("select min(id) from peer_support_model");
		long value = id("select id from lookup_value where list_name = 'TARGET_GROUP' and code = 'SEL79'");
		return List.of("/admin/partnerships/" + hovedstaden(), "/admin/organisations/" + organisation,
				"/admin/units/" + unit, "/admin/models/" + model, "/admin/lists/TARGET_GROUP/" + value);
	}

	private long hovedstaden() {
		return id("select id from partnership where name = 'Partnerskab Region Hovedstaden'");
	}

	private long id(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
