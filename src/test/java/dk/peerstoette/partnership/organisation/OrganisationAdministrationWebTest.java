package dk.peerstoette.partnership.organisation;

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
class OrganisationAdministrationWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProgrammeDirectory structure;

	@Nested
	class Listing {

		@Test
		void filtersByKindAndSearchesByName() throws Exception {
			mvc.perform(get("/admin/organisations").param("kind", "NGO"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Det Sociale Netværk")))
				.andExpect(content().string(containsString("NGO (frivillig organisation)")))
				.andExpect(content().string(not(containsString("Aarhus Kommune"))));
			mvc.perform(get("/admin/organisations").param("q", "aarhus"))
				.andExpect(content().string(containsString("Aarhus Kommune")))
				.andExpect(content().string(not(containsString("Randers Kommune"))));
		}

		@Test
		void sortsByName() throws Exception {
			String html = mvc.perform(get("/admin/organisations").param("q", "Region").param("sort", "name,desc"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html.indexOf("Region Sjælland")).isLessThan(html.indexOf("Region Hovedstaden"));
		}

		@Test
		void showsItsPartnershipsAndUnitsWithLinks() throws Exception {
			long aarhus = organisationId("Aarhus Kommune");
			long midtjylland = jdbc.sql("select id from partnership where name = 'Partnerskab Region Midtjylland'")
				.query(Long.class)
				.single();
			long recoverySchool = jdbc.sql("select id from unit where name = 'Recovery-skolen Aarhus'")
				.query(Long.class)
				.single();
			mvc.perform(get("/admin/organisations/{id}", aarhus))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("href=\"/admin/partnerships/" + midtjylland + "\"")))
				.andExpect(content().string(containsString("href=\"/admin/units/" + recoverySchool + "\"")))
				.andExpect(content().string(containsString("Aktivitets- og samværstilbud")))
				.andExpect(content().string(containsString("href=\"/admin/units/new?organisationId=" + aarhus + "\"")));
		}

	}

	@Nested
	class CreateAndEdit {

		@Test
		void createsEditsAndAuditsAnOrganisation() throws Exception {
			String name = unique("Frivilligcenter");
			long id = create(name, "NGO");
			assertThat(audited("CREATE", id)).isEqualTo(1);
			assertThat(structure.organisationChoices()).contains(new Choice(id, name));
			String renamed = unique("Kommune");
			mvc.perform(post("/admin/organisations/{id}", id).with(csrf())
				.param("name", renamed)
				.param("kind", "MUNICIPALITY")
				.param("version", "0"))
				.andExpect(redirectedUrl("/admin/organisations/" + id))
				.andExpect(flash().attribute("success", "partnership.saved"));
			assertThat(jdbc.sql("select name || '/' || kind from organisation where id = ?")
				.param(id)
				.query(String.class)
				.single()).isEqualTo(renamed + "/MUNICIPALITY");
			assertThat(jdbc
				.sql("select detail from audit_event where entity_type = 'ORGANISATION' and entity_id = ? "
						+ "and action = 'UPDATE'")
				.param(String.valueOf(id))
				.query(String.class)
				.single()).isEqualTo("FIELDS=name,kind");
		}

		@Test
		void aDeactivatedOrganisationLeavesTheChoicesButKeepsItsName() throws Exception {
			String name = unique("Kommune");
			long id = create(name, "MUNICIPALITY");
			mvc.perform(post("/admin/organisations/{id}/active", id).with(csrf())
				.param("active", "false")
				.param("version", "0")).andExpect(flash().attribute("success", "partnership.deactivated"));
			assertThat(structure.organisationChoices()).extracting(Choice::id).doesNotContain(id);
			assertThat(structure.isActiveOrganisation(id)).isFalse();
			mvc.perform(get("/admin/organisations/{id}", id))
				.andExpect(content().string(containsString(name)))
				.andExpect(content().string(containsString("Deaktiveret")))
				.andExpect(content().string(containsString("Genaktiver")));
			// No new unit can be placed in it.
			mvc.perform(post("/admin/units").with(csrf())
				.param("name", unique("Tilbud"))
				.param("organisationId", String.valueOf(id))
				.param("kind", "OTHER")
				.param("sector", "MUNICIPAL"))
				.andExpect(model().attributeHasFieldErrorCode("unitForm", "organisationId",
						"partnership.organisation.unknown"));
			mvc.perform(post("/admin/organisations/{id}/active", id).with(csrf())
				.param("active", "true")
				.param("version", "1")).andExpect(flash().attribute("success", "partnership.activated"));
			assertThat(structure.isActiveOrganisation(id)).isTrue();
		}

	}

	@Nested
	class Refusals {

		@Test
		void aDuplicateNameInAnyCaseGetsAFieldMessageAndTheTypedValuesAreKept() throws Exception {
			mvc.perform(post("/admin/organisations").with(csrf()).param("name", "aarhus KOMMUNE").param("kind", "NGO"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("organisationForm", "name",
						"partnership.organisation.name.taken"))
				.andExpect(content().string(containsString("Der findes allerede en organisation med det navn")))
				.andExpect(content().string(containsString("value=\"aarhus KOMMUNE\"")))
				.andExpect(content().string(containsString("<option value=\"NGO\" selected=\"selected\">")));
		}

		@Test
		void aMissingKindGetsAMessageNextToTheField() throws Exception {
			mvc.perform(post("/admin/organisations").with(csrf()).param("name", unique("Kommune")))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("organisationForm", "kind", "NotNull"))
				.andExpect(content().string(containsString("id=\"kind-error\"")));
		}

		@Test
		void savingOverSomeoneElsesNewerChangeIsRefusedAndNothingIsOverwritten() throws Exception {
			long id = create(unique("Kommune"), "MUNICIPALITY");
			String first = unique("Første");
			mvc.perform(post("/admin/organisations/{id}", id).with(csrf())
				.param("name", first)
				.param("kind", "MUNICIPALITY")
				.param("version", "0")).andExpect(status().isFound());
			mvc.perform(post("/admin/organisations/{id}", id).with(csrf())
				.param("name", "Second Save")
				.param("kind", "REGION")
				.param("version", "0"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("En anden har gemt ændringer")))
				.andExpect(content().string(containsString("value=\"Second Save\"")));
			assertThat(jdbc.sql("select name || '/' || kind from organisation where id = ?")
				.param(id)
				.query(String.class)
				.single()).isEqualTo(first + "/MUNICIPALITY");
		}

		@Test
		void anUnknownOrganisationIs404() throws Exception {
			mvc.perform(get("/admin/organisations/{id}", 987654321L)).andExpect(status().isNotFound());
		}

	}

	private long create(String name, String kind) throws Exception {
		MvcResult result = mvc
			.perform(post("/admin/organisations").with(csrf()).param("name", name).param("kind", kind))
			.andExpect(redirectedUrlPattern("/admin/organisations/*"))
			.andExpect(flash().attribute("success", "partnership.organisation.created"))
			.andReturn();
		return Long.parseLong(result.getResponse().getRedirectedUrl().replace("/admin/organisations/", ""));
	}

	private long organisationId(String name) {
		return jdbc.sql("select id from organisation where name = ?").param(name).query(Long.class).single();
	}

	private int audited(String action, long id) {
		return jdbc
			.sql("select count(*) from audit_event where entity_type = 'ORGANISATION' and entity_id = ? and action = ?")
			.param(String.valueOf(id))
			.param(action)
			.query(Integer.class)
			.single();
	}

}
