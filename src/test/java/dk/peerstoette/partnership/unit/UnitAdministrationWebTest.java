package dk.peerstoette.partnership.unit;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.partnership.Choice;
import dk.peerstoette.partnership.ProgrammeDirectory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static dk.peerstoette.partnership.StructureNames.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@WithUserDetails("admin")
class UnitAdministrationWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProgrammeDirectory structure;

	@Nested
	class Listing {

		@Test
		void filtersByOrganisationKindAndSector() throws Exception {
			long aarhus = organisationId("Aarhus Kommune");
			mvc.perform(get("/admin/units").param("organisationId", String.valueOf(aarhus)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Recovery-skolen Aarhus")))
				.andExpect(content().string(not(containsString("Botilbuddet Lindegården"))));
			mvc.perform(get("/admin/units").param("kind", "OPUS").param("sector", "REGIONAL"))
				.andExpect(content().string(containsString("OPUS Aarhus")))
				.andExpect(content().string(containsString("OPUS København")))
				.andExpect(content().string(not(containsString("Distriktspsykiatrien Bispebjerg"))));
			mvc.perform(get("/admin/units").param("kind", "OPUS").param("sector", "MUNICIPAL"))
				.andExpect(content().string(not(containsString("OPUS Aarhus"))));
		}

		@Test
		void searchesByNameAndSortsByOrganisation() throws Exception {
			String html = mvc.perform(get("/admin/units").param("q", "opus").param("sort", "organisation,desc"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			// Region Midtjylland sorts after Region Hovedstaden, so comes first when
			// descending.
			assertThat(html.indexOf("OPUS Aarhus")).isPositive().isLessThan(html.indexOf("OPUS København"));
			assertThat(html).contains("Regional (behandlingspsykiatri)").doesNotContain("Recovery-skolen");
		}

	}

	@Nested
	class CreateAndEdit {

		@Test
		void theNewUnitFormStartsInTheOrganisationItCameFrom() throws Exception {
			long aarhus = organisationId("Aarhus Kommune");
			mvc.perform(get("/admin/units/new").param("organisationId", String.valueOf(aarhus)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("<option value=\"" + aarhus + "\" selected=\"selected\">")));
		}

		@Test
		void createsAndEditsAUnitAndAuditsTheChangedFields() throws Exception {
			long aarhus = organisationId("Aarhus Kommune");
			String name = unique("Botilbud");
			long id = createdId(create(name, aarhus, "RESIDENTIAL_FACILITY", "MUNICIPAL")
				.andExpect(flash().attribute("success", "partnership.unit.created")));
			assertThat(structure.unitChoices(aarhus)).contains(new Choice(id, name));
			assertThat(structure.isActiveUnitOf(id, aarhus)).isTrue();
			mvc.perform(post("/admin/units/{id}", id).with(csrf())
				.param("name", name)
				.param("organisationId", String.valueOf(aarhus))
				.param("kind", "ACTIVITY_CENTRE")
				.param("sector", "MUNICIPAL")
				.param("version", "0"))
				.andExpect(redirectedUrl("/admin/units/" + id))
				.andExpect(flash().attribute("success", "partnership.saved"));
			assertThat(auditDetails(id)).containsExactly("ORGANISATION=" + aarhus, "FIELDS=kind");
		}

		@Test
		void theSameNameMayBeUsedInAnotherOrganisation() throws Exception {
			String name = unique("Støttecenter");
			create(name, organisationId("Aarhus Kommune"), "MUNICIPAL_SUPPORT", "MUNICIPAL")
				.andExpect(status().isFound());
			create(name, organisationId("Randers Kommune"), "MUNICIPAL_SUPPORT", "MUNICIPAL")
				.andExpect(status().isFound());
		}

		@Test
		void anUnusedUnitMovesToAnotherOrganisation() throws Exception {
			long aarhus = organisationId("Aarhus Kommune");
			long randers = organisationId("Randers Kommune");
			long id = createdId(create(unique("Tilbud"), aarhus, "OTHER", "MUNICIPAL"));
			mvc.perform(post("/admin/units/{id}", id).with(csrf())
				.param("name", "Flyttet " + id)
				.param("organisationId", String.valueOf(randers))
				.param("kind", "OTHER")
				.param("sector", "MUNICIPAL")
				.param("version", "0")).andExpect(redirectedUrl("/admin/units/" + id));
			assertThat(structure.isActiveUnitOf(id, randers)).isTrue();
			assertThat(structure.isActiveUnitOf(id, aarhus)).isFalse();
		}

		@Test
		void aDeactivatedUnitLeavesTheChoicesButItsNameStillResolves() throws Exception {
			long aarhus = organisationId("Aarhus Kommune");
			String name = unique("Tilbud");
			long id = createdId(create(name, aarhus, "OTHER", "MUNICIPAL"));
			mvc.perform(
					post("/admin/units/{id}/active", id).with(csrf()).param("active", "false").param("version", "0"))
				.andExpect(flash().attribute("success", "partnership.deactivated"));
			assertThat(structure.unitChoices(aarhus)).extracting(Choice::id).doesNotContain(id);
			assertThat(structure.isActiveUnitOf(id, aarhus)).isFalse();
			assertThat(structure.unitNames(List.of(id))).containsEntry(id, name);
			mvc.perform(post("/admin/units/{id}/active", id).with(csrf()).param("active", "true").param("version", "1"))
				.andExpect(flash().attribute("success", "partnership.activated"));
			assertThat(structure.isActiveUnitOf(id, aarhus)).isTrue();
		}

	}

	@Nested
	class Refusals {

		@Test
		void aDuplicateNameWithinTheOrganisationGetsAFieldMessageAndTheTypedValuesAreKept() throws Exception {
			long aarhus = organisationId("Aarhus Kommune");
			create("OPUS AARHUS", organisationId("Region Midtjylland"), "OPUS", "REGIONAL").andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("unitForm", "name", "partnership.unit.name.taken"))
				.andExpect(content().string(containsString("Organisationen har allerede et tilbud med det navn")))
				.andExpect(content().string(containsString("value=\"OPUS AARHUS\"")))
				.andExpect(content().string(containsString("<option value=\"OPUS\" selected=\"selected\">")));
			long id = createdId(create(unique("Tilbud"), aarhus, "OTHER", "MUNICIPAL"));
			mvc.perform(post("/admin/units/{id}", id).with(csrf())
				.param("name", "Recovery-skolen Aarhus")
				.param("organisationId", String.valueOf(aarhus))
				.param("kind", "OTHER")
				.param("sector", "MUNICIPAL")
				.param("version", "0"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("unitForm", "name", "partnership.unit.name.taken"));
		}

		@Test
		void missingChoicesGetMessagesNextToTheFields() throws Exception {
			String name = unique("Tilbud");
			mvc.perform(post("/admin/units").with(csrf()).param("name", name))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("unitForm", "organisationId", "kind", "sector"))
				.andExpect(content().string(containsString("value=\"" + name + "\"")));
		}

		@Test
		void aUnitInUseKeepsItsOrganisation() throws Exception {
			long aarhus = organisationId("Aarhus Kommune");
			long id = createdId(create(unique("Tilbud"), aarhus, "OTHER", "MUNICIPAL"));
			long peerWorker = jdbc.sql("""
					insert into peer_worker (organisation_id, full_name, employment_form, peer_role, starts_on)
					values (?, 'Test Peer', 'PAID', 'SUPPLEMENTARY', date '2024-01-01') returning id
					""").param(aarhus).query(Long.class).single();
			jdbc.sql("insert into peer_worker_unit (peer_worker_id, unit_id) values (?, ?)")
				.param(peerWorker)
				.param(id)
				.update();
			mvc.perform(post("/admin/units/{id}", id).with(csrf())
				.param("name", "Flyttet " + id)
				.param("organisationId", String.valueOf(organisationId("Randers Kommune")))
				.param("kind", "OTHER")
				.param("sector", "MUNICIPAL")
				.param("version", "0"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("unitForm", "organisationId",
						"partnership.unit.organisation.inUse"))
				.andExpect(content().string(containsString("value=\"Flyttet " + id + "\"")));
			assertThat(structure.isActiveUnitOf(id, aarhus)).isTrue();
		}

		@Test
		void savingOverSomeoneElsesNewerChangeIsRefusedAndNothingIsOverwritten() throws Exception {
			long aarhus = organisationId("Aarhus Kommune");
			long id = createdId(create(unique("Tilbud"), aarhus, "OTHER", "MUNICIPAL"));
			mvc.perform(post("/admin/units/{id}", id).with(csrf())
				.param("name", "Først " + id)
				.param("organisationId", String.valueOf(aarhus))
				.param("kind", "OTHER")
				.param("sector", "MUNICIPAL")
				.param("version", "0")).andExpect(status().isFound());
			mvc.perform(post("/admin/units/{id}", id).with(csrf())
				.param("name", "Second Save")
				.param("organisationId", String.valueOf(aarhus))
				.param("kind", "OPUS")
				.param("sector", "REGIONAL")
				.param("version", "0"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("En anden har gemt ændringer")))
				.andExpect(content().string(containsString("value=\"Second Save\"")));
			assertThat(jdbc.sql("select name || '/' || kind from unit where id = ?")
				.param(id)
				.query(String.class)
				.single()).isEqualTo("Først " + id + "/OTHER");
		}

		@Test
		void anUnknownUnitIs404() throws Exception {
			mvc.perform(get("/admin/units/{id}", 987654321L)).andExpect(status().isNotFound());
		}

	}

	private ResultActions create(String name, long organisationId, String kind, String sector) throws Exception {
		return mvc.perform(post("/admin/units").with(csrf())
			.param("name", name)
			.param("organisationId", String.valueOf(organisationId))
			.param("kind", kind)
			.param("sector", sector));
	}

	private static long createdId(ResultActions created) throws Exception {
		MvcResult result = created.andExpect(redirectedUrlPattern("/admin/units/*")).andReturn();
		return idOf(result.getResponse().getRedirectedUrl());
	}

	private static long idOf(String url) {
		return Long.parseLong(url.replace("/admin/units/", ""));
	}

	private long organisationId(String name) {
		return jdbc.sql("select id from organisation where name = ?").param(name).query(Long.class).single();
	}

	private List<String> auditDetails(long id) {
		return jdbc.sql("select detail from audit_event where entity_type = 'UNIT' and entity_id = ? order by id")
			.param(String.valueOf(id))
			.query(String.class)
			.list();
	}

}
