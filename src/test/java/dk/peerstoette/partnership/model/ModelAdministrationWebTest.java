package dk.peerstoette.partnership.model;

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
class ModelAdministrationWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProgrammeDirectory structure;

	@Nested
	class Listing {

		@Test
		void filtersByEmploymentFormAndRole() throws Exception {
			mvc.perform(get("/admin/models").param("employmentForm", "MENTOR").param("role", "SUPPLEMENTARY"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Mentor med brugerbaggrund, supplerende")))
				.andExpect(content().string(not(containsString("Mentor med brugerbaggrund, konventionel"))))
				.andExpect(content().string(not(containsString("Lønnet peer-medarbejder"))));
		}

		@Test
		void searchesByNameInEnglishToo() throws Exception {
			mvc.perform(get("/admin/models").param("q", "frivillig").param("lang", "en"))
				.andExpect(content().string(containsString("Frivillig peer-støtte, supplerende")))
				.andExpect(content().string(containsString("Volunteer")))
				.andExpect(content().string(containsString("Supplementary")))
				.andExpect(content().string(not(containsString("Lønnet peer-medarbejder"))));
		}

	}

	@Nested
	class CreateAndEdit {

		@Test
		void createsAndEditsAModelAndAuditsTheChangedFields() throws Exception {
			String name = unique("Model");
			long id = create(name, "PAID", "SUPPLEMENTARY", "Egne peer-opgaver.");
			assertThat(structure.modelChoices()).contains(new Choice(id, name));
			mvc.perform(get("/admin/models/{id}", id))
				.andExpect(content().string(containsString("Egne peer-opgaver.")))
				.andExpect(content().string(containsString("<option value=\"SUPPLEMENTARY\" selected=\"selected\">")));
			mvc.perform(post("/admin/models/{id}", id).with(csrf())
				.param("name", name)
				.param("employmentForm", "VOLUNTEER")
				.param("role", "SUPPLEMENTARY")
				.param("description", "")
				.param("version", "0"))
				.andExpect(redirectedUrl("/admin/models/" + id))
				.andExpect(flash().attribute("success", "partnership.saved"));
			assertThat(jdbc
				.sql("select employment_form || '/' || coalesce(description, '-') from peer_support_model "
						+ "where id = ?")
				.param(id)
				.query(String.class)
				.single()).isEqualTo("VOLUNTEER/-");
			assertThat(auditDetails(id)).containsExactly(null, "FIELDS=employmentForm,description");
		}

		@Test
		void aDeactivatedModelLeavesTheChoicesButItsNameStillResolves() throws Exception {
			String name = unique("Model");
			long id = create(name, "MENTOR", "CONVENTIONAL", "");
			mvc.perform(
					post("/admin/models/{id}/active", id).with(csrf()).param("active", "false").param("version", "0"))
				.andExpect(flash().attribute("success", "partnership.deactivated"));
			assertThat(structure.modelChoices()).extracting(Choice::id).doesNotContain(id);
			assertThat(structure.isActiveModel(id)).isFalse();
			assertThat(structure.modelNames(List.of(id))).containsEntry(id, name);
			mvc.perform(
					post("/admin/models/{id}/active", id).with(csrf()).param("active", "true").param("version", "1"))
				.andExpect(flash().attribute("success", "partnership.activated"));
			assertThat(structure.isActiveModel(id)).isTrue();
		}

	}

	@Nested
	class Refusals {

		@Test
		void aDuplicateNameGetsAFieldMessageAndTheTypedValuesAreKept() throws Exception {
			mvc.perform(post("/admin/models").with(csrf())
				.param("name", "mentor med brugerbaggrund, SUPPLERENDE")
				.param("employmentForm", "PAID")
				.param("role", "CONVENTIONAL")
				.param("description", "Min beskrivelse"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("modelForm", "name", "partnership.model.name.taken"))
				.andExpect(content().string(containsString("Der findes allerede en model med det navn")))
				.andExpect(content().string(containsString("value=\"mentor med brugerbaggrund, SUPPLERENDE\"")))
				.andExpect(content().string(containsString(">Min beskrivelse</textarea>")))
				.andExpect(content().string(containsString("<option value=\"CONVENTIONAL\" selected=\"selected\">")));
		}

		@Test
		void missingChoicesAndATooLongDescriptionGetMessagesNextToTheFields() throws Exception {
			mvc.perform(post("/admin/models").with(csrf())
				.param("name", unique("Model"))
				.param("description", "x".repeat(2001)))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("modelForm", "employmentForm", "role"))
				.andExpect(model().attributeHasFieldErrorCode("modelForm", "description", "Size"))
				.andExpect(content().string(containsString("Må højst være på 2.000 tegn")));
		}

		@Test
		void savingOverSomeoneElsesNewerChangeIsRefusedAndNothingIsOverwritten() throws Exception {
			String name = unique("Model");
			long id = create(name, "PAID", "CONVENTIONAL", "");
			mvc.perform(post("/admin/models/{id}", id).with(csrf())
				.param("name", name)
				.param("employmentForm", "PAID")
				.param("role", "SUPPLEMENTARY")
				.param("version", "0")).andExpect(status().isFound());
			mvc.perform(post("/admin/models/{id}", id).with(csrf())
				.param("name", name)
				.param("employmentForm", "MENTOR")
				.param("role", "CONVENTIONAL")
				.param("description", "Second save")
				.param("version", "0"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("En anden har gemt ændringer")))
				.andExpect(content().string(containsString(">Second save</textarea>")));
			assertThat(jdbc.sql("select employment_form || '/' || peer_role from peer_support_model where id = ?")
				.param(id)
				.query(String.class)
				.single()).isEqualTo("PAID/SUPPLEMENTARY");
		}

	}

	private long create(String name, String employmentForm, String role, String description) throws Exception {
		MvcResult result = mvc
			.perform(post("/admin/models").with(csrf())
				.param("name", name)
				.param("employmentForm", employmentForm)
				.param("role", role)
				.param("description", description))
			.andExpect(redirectedUrlPattern("/admin/models/*"))
			.andExpect(flash().attribute("success", "partnership.model.created"))
			.andReturn();
		return Long.parseLong(result.getResponse().getRedirectedUrl().replace("/admin/models/", ""));
	}

	private List<String> auditDetails(long id) {
		return jdbc.sql("select detail from audit_event where entity_type = 'MODEL' and entity_id = ? order by id")
			.param(String.valueOf(id))
			.query(String.class)
			.list();
	}

}
