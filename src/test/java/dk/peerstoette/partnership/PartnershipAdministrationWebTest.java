package dk.peerstoette.partnership;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;

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
class PartnershipAdministrationWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProgrammeDirectory structure;

	@Nested
	class Listing {

		@Test
		void listsTheDemoPartnershipsWithTheirOrganisationsAndACount() throws Exception {
			mvc.perform(get("/admin/partnerships"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Partnerskab Region Hovedstaden")))
				.andExpect(content().string(containsString("Partnerskab Region Midtjylland")))
				.andExpect(content().string(containsString("fundet")));
		}

		@Test
		void searchesByNameAndFiltersByStatus() throws Exception {
			mvc.perform(get("/admin/partnerships").param("q", "midtjyl"))
				.andExpect(content().string(containsString("Partnerskab Region Midtjylland")))
				.andExpect(content().string(not(containsString("Partnerskab Region Sjælland"))));
			mvc.perform(get("/admin/partnerships").param("q", "Midtjylland").param("active", "false"))
				.andExpect(content().string(containsString("Ingen partnerskaber matcher søgningen")));
		}

		@Test
		void sortsByAnOfferedColumnAndIgnoresOthers() throws Exception {
			String html = mvc
				.perform(get("/admin/partnerships").param("q", "Partnerskab Region").param("sort", "name,desc"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html.indexOf("Partnerskab Region Sjælland"))
				.isLessThan(html.indexOf("Partnerskab Region Hovedstaden"));
			mvc.perform(get("/admin/partnerships").param("sort", "version;drop table partnership,asc"))
				.andExpect(status().isOk());
		}

		@Test
		void pagesKeepTheSearch() throws Exception {
			mvc.perform(get("/admin/partnerships?size=1&q=Region"))
				.andExpect(content()
					.string(containsString("href=\"/admin/partnerships?size=1&amp;q=Region&amp;page=1\"")));
		}

		@Test
		void aSearchIsAudited() throws Exception {
			long before = audited("SEARCH", null);
			mvc.perform(get("/admin/partnerships").param("q", "Hovedstaden")).andExpect(status().isOk());
			assertThat(audited("SEARCH", null)).isEqualTo(before + 1);
		}

	}

	@Nested
	class CreateAndEdit {

		@Test
		void createsAPartnershipWithAPeriod() throws Exception {
			String name = unique("Partnerskab");
			long id = create(name, "2024-01-01", "2026-12-31");
			assertThat(jdbc.sql("select starts_on::text || ' ' || ends_on::text from partnership where id = ?")
				.param(id)
				.query(String.class)
				.single()).isEqualTo("2024-01-01 2026-12-31");
			assertThat(audited("CREATE", id)).isEqualTo(1);
			mvc.perform(get("/admin/partnerships/{id}", id))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(name)))
				.andExpect(content().string(containsString("value=\"01.01.2024\"")))
				.andExpect(content().string(containsString("Ingen organisationer er med i partnerskabet endnu")));
		}

		@Test
		void editsNameAndPeriodAndAuditsTheChangedFields() throws Exception {
			long id = create(unique("Partnerskab"), "2024-01-01", "");
			String renamed = unique("Omdøbt");
			mvc.perform(post("/admin/partnerships/{id}", id).with(csrf())
				.param("name", renamed)
				.param("startsOn", "2024-01-01")
				.param("endsOn", "2025-06-30")
				.param("version", "0"))
				.andExpect(redirectedUrl("/admin/partnerships/" + id))
				.andExpect(flash().attribute("success", "partnership.saved"));
			assertThat(jdbc.sql("select name from partnership where id = ?").param(id).query(String.class).single())
				.isEqualTo(renamed);
			assertThat(detail("UPDATE", id)).isEqualTo("FIELDS=name,endsOn");
		}

		@Test
		void deactivatesAndReactivates() throws Exception {
			String name = unique("Partnerskab");
			long id = create(name, "", "");
			assertThat(structure.partnershipChoices()).extracting(Choice::name).contains(name);
			mvc.perform(post("/admin/partnerships/{id}/active", id).with(csrf())
				.param("active", "false")
				.param("version", "0")).andExpect(flash().attribute("success", "partnership.deactivated"));
			assertThat(structure.partnershipChoices()).extracting(Choice::name).doesNotContain(name);
			assertThat(structure.isActivePartnership(id)).isFalse();
			mvc.perform(get("/admin/partnerships").param("q", name).param("active", "false"))
				.andExpect(content().string(containsString(name)));
			mvc.perform(post("/admin/partnerships/{id}/active", id).with(csrf())
				.param("active", "true")
				.param("version", "1")).andExpect(flash().attribute("success", "partnership.activated"));
			assertThat(structure.isActivePartnership(id)).isTrue();
			assertThat(details("UPDATE", id)).containsExactly("ACTIVE=false", "ACTIVE=true");
		}

	}

	@Nested
	class Refusals {

		@Test
		void aDuplicateNameGetsAFieldMessageAndTheTypedValuesAreKept() throws Exception {
			mvc.perform(post("/admin/partnerships").with(csrf())
				.param("name", "partnerskab region hovedstaden ")
				.param("startsOn", "2020-02-03"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("partnershipForm", "name",
						"partnership.partnership.name.taken"))
				.andExpect(content().string(containsString("Der findes allerede et partnerskab med det navn")))
				.andExpect(content().string(containsString("value=\"partnerskab region hovedstaden \"")))
				.andExpect(content().string(containsString("value=\"03.02.2020\"")));
		}

		@Test
		void anEmptyNameAndAnUnreadableDateGetMessagesNextToTheFields() throws Exception {
			mvc.perform(post("/admin/partnerships").with(csrf()).param("name", " ").param("startsOn", "2024-13-45"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("partnershipForm", "name", "startsOn"))
				.andExpect(content().string(containsString("id=\"name-error\"")))
				.andExpect(content().string(containsString("value=\"2024-13-45\"")));
		}

		@Test
		void anEndBeforeTheStartIsRefused() throws Exception {
			String name = unique("Partnerskab");
			mvc.perform(post("/admin/partnerships").with(csrf())
				.param("name", name)
				.param("startsOn", "2024-05-01")
				.param("endsOn", "2024-04-30"))
				.andExpect(model().attributeHasFieldErrorCode("partnershipForm", "endsOn",
						"partnership.period.endsBeforeStart"))
				.andExpect(content().string(containsString("value=\"" + name + "\"")));
			assertThat(jdbc.sql("select count(*) from partnership where name = ?")
				.param(name)
				.query(Integer.class)
				.single()).isZero();
		}

		@Test
		void renamingToAnotherPartnershipsNameIsRefused() throws Exception {
			long id = create(unique("Partnerskab"), "", "");
			mvc.perform(post("/admin/partnerships/{id}", id).with(csrf())
				.param("name", "Partnerskab Region Sjælland")
				.param("version", "0"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("partnershipForm", "name",
						"partnership.partnership.name.taken"));
		}

		@Test
		void savingOverSomeoneElsesNewerChangeIsRefusedAndNothingIsOverwritten() throws Exception {
			long id = create(unique("Partnerskab"), "", "");
			String first = unique("Første");
			mvc.perform(post("/admin/partnerships/{id}", id).with(csrf()).param("name", first).param("version", "0"))
				.andExpect(status().isFound());
			mvc.perform(post("/admin/partnerships/{id}", id).with(csrf())
				.param("name", "Second Save")
				.param("startsOn", "2022-01-01")
				.param("version", "0"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasErrors("partnershipForm"))
				.andExpect(content().string(containsString("En anden har gemt ændringer")))
				.andExpect(content().string(containsString("value=\"Second Save\"")));
			assertThat(jdbc.sql("select name from partnership where id = ?").param(id).query(String.class).single())
				.isEqualTo(first);
			mvc.perform(post("/admin/partnerships/{id}/active", id).with(csrf())
				.param("active", "false")
				.param("version", "0")).andExpect(flash().attribute("error", "form.concurrentChange"));
			assertThat(structure.isActivePartnership(id)).isTrue();
		}

		@Test
		void anUnknownPartnershipIs404() throws Exception {
			mvc.perform(get("/admin/partnerships/{id}", 987654321L)).andExpect(status().isNotFound());
		}

	}

	@Nested
	class Memberships {

		@Test
		void addsAnOrganisationForAPeriodAndEndsTheMembership() throws Exception {
			long id = create(unique("Partnerskab"), "2024-01-01", "");
			long aarhus = organisationId("Aarhus Kommune");
			mvc.perform(get("/admin/partnerships/{id}/memberships/new", id))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Aarhus Kommune")));
			mvc.perform(post("/admin/partnerships/{id}/memberships", id).with(csrf())
				.param("organisationId", String.valueOf(aarhus))
				.param("startsOn", "2024-02-01"))
				.andExpect(redirectedUrl("/admin/partnerships/" + id))
				.andExpect(flash().attribute("success", "partnership.membership.added"));
			long membership = jdbc
				.sql("select id from partnership_membership where partnership_id = ? and organisation_id = ?")
				.param(id)
				.param(aarhus)
				.query(Long.class)
				.single();
			mvc.perform(get("/admin/partnerships/{id}", id))
				.andExpect(content().string(containsString("Aarhus Kommune")))
				.andExpect(content().string(containsString("Fortsat med")));
			mvc.perform(get("/admin/partnerships/{id}/memberships/{m}", id, membership))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("name=\"endsOn\"")));
			mvc.perform(post("/admin/partnerships/{id}/memberships/{m}", id, membership).with(csrf())
				.param("endsOn", "2024-12-31")
				.param("version", "0"))
				.andExpect(redirectedUrl("/admin/partnerships/" + id))
				.andExpect(flash().attribute("success", "partnership.membership.ended"));
			assertThat(jdbc.sql("select ends_on::text from partnership_membership where id = ?")
				.param(membership)
				.query(String.class)
				.single()).isEqualTo("2024-12-31");
			assertThat(details("UPDATE", id)).containsExactly(
					"MEMBERSHIP_ADDED=" + membership + ";ORGANISATION=" + aarhus, "MEMBERSHIP_ENDED=" + membership);
			// The organisation's page shows the ended membership.
			mvc.perform(get("/admin/organisations/{id}", aarhus))
				.andExpect(content().string(containsString("/admin/partnerships/" + id)))
				.andExpect(content().string(containsString("Afsluttet")));
		}

		@Test
		void anOverlappingMembershipOfTheSameOrganisationIsRefused() throws Exception {
			long id = create(unique("Partnerskab"), "", "");
			long aarhus = organisationId("Aarhus Kommune");
			addMembership(id, aarhus, "2024-01-01", "2024-06-30").andExpect(status().isFound());
			addMembership(id, aarhus, "2024-06-01", "").andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("membershipForm", "startsOn",
						"partnership.membership.overlap"))
				.andExpect(content().string(containsString("value=\"01.06.2024\"")));
			// A later period is fine: the organisation joined again.
			addMembership(id, aarhus, "2024-07-01", "").andExpect(status().isFound());
			assertThat(jdbc.sql("select count(*) from partnership_membership where partnership_id = ?")
				.param(id)
				.query(Integer.class)
				.single()).isEqualTo(2);
		}

		@Test
		void aMembershipNeedsAnActiveOrganisationAndAStart() throws Exception {
			long id = create(unique("Partnerskab"), "", "");
			mvc.perform(post("/admin/partnerships/{id}/memberships", id).with(csrf()).param("endsOn", "2024-01-01"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("membershipForm", "organisationId", "startsOn"))
				.andExpect(content().string(containsString("value=\"01.01.2024\"")));
			addMembership(id, 987654321L, "2024-01-01", "").andExpect(model()
				.attributeHasFieldErrorCode("membershipForm", "organisationId", "partnership.organisation.unknown"));
		}

		@Test
		void anEndBeforeTheStartOrAStaleVersionIsRefused() throws Exception {
			long id = create(unique("Partnerskab"), "", "");
			long aarhus = organisationId("Aarhus Kommune");
			addMembership(id, aarhus, "2024-03-01", "").andExpect(status().isFound());
			long membership = jdbc.sql("select id from partnership_membership where partnership_id = ?")
				.param(id)
				.query(Long.class)
				.single();
			mvc.perform(post("/admin/partnerships/{id}/memberships/{m}", id, membership).with(csrf())
				.param("endsOn", "2024-02-01")
				.param("version", "0"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("membershipEndForm", "endsOn",
						"partnership.period.endsBeforeStart"))
				.andExpect(content().string(containsString("value=\"01.02.2024\"")));
			mvc.perform(post("/admin/partnerships/{id}/memberships/{m}", id, membership).with(csrf())
				.param("endsOn", "2024-05-01")
				.param("version", "0")).andExpect(status().isFound());
			mvc.perform(post("/admin/partnerships/{id}/memberships/{m}", id, membership).with(csrf())
				.param("endsOn", "2024-09-01")
				.param("version", "0"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("En anden har gemt ændringer")));
			assertThat(jdbc.sql("select ends_on::text from partnership_membership where id = ?")
				.param(membership)
				.query(String.class)
				.single()).isEqualTo("2024-05-01");
		}

		@Test
		void aMembershipIsOnlyReachedThroughItsOwnPartnership() throws Exception {
			long id = create(unique("Partnerskab"), "", "");
			long other = create(unique("Partnerskab"), "", "");
			addMembership(id, organisationId("Aarhus Kommune"), "2024-03-01", "").andExpect(status().isFound());
			long membership = jdbc.sql("select id from partnership_membership where partnership_id = ?")
				.param(id)
				.query(Long.class)
				.single();
			mvc.perform(get("/admin/partnerships/{id}/memberships/{m}", other, membership))
				.andExpect(status().isNotFound());
		}

	}

	private long create(String name, String startsOn, String endsOn) throws Exception {
		MvcResult result = mvc
			.perform(post("/admin/partnerships").with(csrf())
				.param("name", name)
				.param("startsOn", startsOn)
				.param("endsOn", endsOn))
			.andExpect(redirectedUrlPattern("/admin/partnerships/*"))
			.andExpect(flash().attribute("success", "partnership.partnership.created"))
			.andReturn();
		return Long.parseLong(result.getResponse().getRedirectedUrl().replace("/admin/partnerships/", ""));
	}

	private org.springframework.test.web.servlet.ResultActions addMembership(long partnershipId, long organisationId,
			String startsOn, String endsOn) throws Exception {
		return mvc.perform(post("/admin/partnerships/{id}/memberships", partnershipId).with(csrf())
			.param("organisationId", String.valueOf(organisationId))
			.param("startsOn", startsOn)
			.param("endsOn", endsOn));
	}

	private long organisationId(String name) {
		return jdbc.sql("select id from organisation where name = ?").param(name).query(Long.class).single();
	}

	private long audited(String action, @org.jspecify.annotations.Nullable Long id) {
		return jdbc
			.sql("select count(*) from audit_event where entity_type = 'PARTNERSHIP' and action = ? "
					+ "and entity_id is not distinct from ?")
			.param(action)
			.param((id != null) ? String.valueOf(id) : null)
			.query(Long.class)
			.single();
	}

	private String detail(String action, long id) {
		return jdbc
			.sql("select detail from audit_event where entity_type = 'PARTNERSHIP' and entity_id = ? and action = ?")
			.param(String.valueOf(id))
			.param(action)
			.query(String.class)
			.single();
	}

	private java.util.List<String> details(String action, long id) {
		return jdbc
			.sql("select detail from audit_event where entity_type = 'PARTNERSHIP' and entity_id = ? and action = ? "
					+ "order by id")
			.param(String.valueOf(id))
			.param(action)
			.query(String.class)
			.list();
	}

}
