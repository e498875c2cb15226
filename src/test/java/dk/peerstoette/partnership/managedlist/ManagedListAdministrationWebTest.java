package dk.peerstoette.partnership.managedlist;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.partnership.Choice;
import dk.peerstoette.partnership.ListName;
import dk.peerstoette.partnership.ManagedListDirectory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
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

/**
 * Values created here sort last (order 9000 and up), so other tests' lists begin as the
 * migration left them.
 */
@IntegrationTest
@WithUserDetails("admin")
class ManagedListAdministrationWebTest {

	private static final Locale DANISH = Locale.forLanguageTag("da");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ManagedListDirectory lists;

	@Autowired
	ManagedListService managedLists;

	@Test
	@WithUserDetails("leder")
	void aManagerIsRefusedByTheServiceItselfAndNotOnlyByTheUrlRules() {
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.managedLists.setActive(ListName.TARGET_GROUP, 1, false, 0));
	}

	@Nested
	class Listing {

		@Test
		void theOverviewNamesTheThreeLists() throws Exception {
			mvc.perform(get("/admin/lists"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("href=\"/admin/lists/TARGET_GROUP\"")))
				.andExpect(content().string(containsString("Målgruppe")))
				.andExpect(content().string(containsString("Afslutningsårsag")))
				.andExpect(content().string(containsString("Henvisningskilde")));
		}

		@Test
		void aSearchWithoutMatchesSaysSoAndLeadsBackToTheWholeList() throws Exception {
			mvc.perform(get("/admin/lists/TARGET_GROUP").param("q", "no value is called this"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Ingen værdier matcher søgningen")))
				.andExpect(content()
					.string(containsString("href=\"/admin/lists/TARGET_GROUP\">Ryd søgning og filtre</a>")));
		}

		@Test
		void aListShowsItsValuesInOrderAndSearchesCodeAndNames() throws Exception {
			String html = mvc.perform(get("/admin/lists/TARGET_GROUP"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html.indexOf("Serviceloven § 79")).isPositive().isLessThan(html.indexOf("Serviceloven § 108"));
			assertThat(html).doesNotContain("Borgeren selv");
			mvc.perform(get("/admin/lists/TARGET_GROUP").param("q", "outpatient"))
				.andExpect(content().string(containsString("DISTRICT_PSYCHIATRY")))
				.andExpect(content().string(not(containsString("SEL79"))));
		}

		@Test
		void anUnknownListOrAValueOfAnotherListIs404() throws Exception {
			mvc.perform(get("/admin/lists/NO_SUCH_LIST")).andExpect(status().isNotFound());
			long targetGroup = lists.idOf(ListName.TARGET_GROUP, "SEL79");
			mvc.perform(get("/admin/lists/END_REASON/{id}", targetGroup)).andExpect(status().isNotFound());
			mvc.perform(get("/admin/lists/TARGET_GROUP/{id}", targetGroup)).andExpect(status().isOk());
		}

	}

	@Nested
	class CreateAndEdit {

		@Test
		void addsAValueWhoseCodeIsStoredInCapitalsAndOffersItInBothLanguages() throws Exception {
			String code = uniqueCode();
			long id = createdId(
					create("END_REASON", code.toLowerCase(Locale.ROOT), "Afsluttet af test", "Ended by test", "9001")
						.andExpect(flash().attribute("success", "partnership.lookup.created")));
			assertThat(lists.idOf(ListName.END_REASON, code)).isEqualTo(id);
			assertThat(lists.choices(ListName.END_REASON, DANISH)).contains(new Choice(id, "Afsluttet af test"));
			assertThat(lists.choices(ListName.END_REASON, Locale.ENGLISH)).contains(new Choice(id, "Ended by test"));
			assertThat(lists.isActiveValue(id, ListName.END_REASON)).isTrue();
			assertThat(lists.isActiveValue(id, ListName.TARGET_GROUP)).isFalse();
			assertThat(auditDetails(id)).containsExactly("LIST=END_REASON");
		}

		@Test
		void theSameCodeMayBeUsedInAnotherList() throws Exception {
			String code = uniqueCode();
			createdId(create("END_REASON", code, "A", "A", "9002"));
			createdId(create("REFERRAL_SOURCE", code, "B", "B", "9002"));
		}

		@Test
		void editsNamesAndOrderButNeverTheCode() throws Exception {
			String code = uniqueCode();
			long id = createdId(create("REFERRAL_SOURCE", code, "Før", "Before", "9003"));
			mvc.perform(post("/admin/lists/REFERRAL_SOURCE/{id}", id).with(csrf())
				.param("code", "CHANGED")
				.param("nameDa", "Efter")
				.param("nameEn", "Before")
				.param("sortOrder", "9004")
				.param("version", "0"))
				.andExpect(redirectedUrl("/admin/lists/REFERRAL_SOURCE/" + id))
				.andExpect(flash().attribute("success", "partnership.saved"));
			assertThat(jdbc.sql("select code || '/' || name_da || '/' || sort_order from lookup_value where id = ?")
				.param(id)
				.query(String.class)
				.single()).isEqualTo(code + "/Efter/9004");
			assertThat(auditDetails(id)).containsExactly("LIST=REFERRAL_SOURCE", "FIELDS=nameDa,sortOrder");
		}

		@Test
		void aDeactivatedValueLeavesTheChoicesButItsNameStillResolves() throws Exception {
			String code = uniqueCode();
			long id = createdId(create("TARGET_GROUP", code, "Midlertidig målgruppe", "Temporary", "9005"));
			mvc.perform(post("/admin/lists/TARGET_GROUP/{id}/active", id).with(csrf())
				.param("active", "false")
				.param("version", "0")).andExpect(flash().attribute("success", "partnership.deactivated"));
			assertThat(lists.choices(ListName.TARGET_GROUP, DANISH)).extracting(Choice::id).doesNotContain(id);
			assertThat(lists.isActiveValue(id, ListName.TARGET_GROUP)).isFalse();
			assertThat(lists.names(List.of(id), DANISH)).containsEntry(id, "Midlertidig målgruppe");
			assertThat(lists.idOf(ListName.TARGET_GROUP, code)).isEqualTo(id);
			mvc.perform(get("/admin/lists/TARGET_GROUP").param("active", "false").param("q", code))
				.andExpect(content().string(containsString(code)));
			mvc.perform(post("/admin/lists/TARGET_GROUP/{id}/active", id).with(csrf())
				.param("active", "true")
				.param("version", "1")).andExpect(flash().attribute("success", "partnership.activated"));
			assertThat(lists.isActiveValue(id, ListName.TARGET_GROUP)).isTrue();
		}

	}

	@Nested
	class Refusals {

		@Test
		void aDuplicateCodeGetsAFieldMessageAndTheTypedValuesAreKept() throws Exception {
			create("TARGET_GROUP", "sel79", "Dublet", "Duplicate", "9006").andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("newLookupValueForm", "code",
						"partnership.lookup.code.taken"))
				.andExpect(content().string(containsString("Listen har allerede en værdi med den kode")))
				.andExpect(content().string(containsString("value=\"sel79\"")))
				.andExpect(content().string(containsString("value=\"Dublet\"")))
				.andExpect(content().string(containsString("value=\"9006\"")));
		}

		@Test
		void aCodeOutsideTheAlphabetOrAnOrderOutOfRangeIsRefused() throws Exception {
			create("TARGET_GROUP", "§ 110", "Ny", "New", "9007").andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("newLookupValueForm", "code",
						"partnership.lookup.code.invalid"));
			create("TARGET_GROUP", uniqueCode(), "Ny", "New", "-1").andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("newLookupValueForm", "sortOrder",
						"partnership.lookup.sortOrder.range"));
			create("TARGET_GROUP", uniqueCode(), "", "New", "ti").andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("newLookupValueForm", "nameDa", "sortOrder"))
				.andExpect(content().string(containsString("value=\"ti\"")));
		}

		@Test
		void savingOverSomeoneElsesNewerChangeIsRefusedAndNothingIsOverwritten() throws Exception {
			long id = createdId(create("END_REASON", uniqueCode(), "Start", "Start", "9008"));
			mvc.perform(post("/admin/lists/END_REASON/{id}", id).with(csrf())
				.param("nameDa", "Først")
				.param("nameEn", "First")
				.param("sortOrder", "9008")
				.param("version", "0")).andExpect(status().isFound());
			mvc.perform(post("/admin/lists/END_REASON/{id}", id).with(csrf())
				.param("nameDa", "Anden")
				.param("nameEn", "Second")
				.param("sortOrder", "9009")
				.param("version", "0"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("En anden har gemt ændringer")))
				.andExpect(content().string(containsString("value=\"Anden\"")));
			assertThat(lists.names(List.of(id), DANISH)).containsEntry(id, "Først");
		}

	}

	private ResultActions create(String list, String code, String nameDa, String nameEn, String sortOrder)
			throws Exception {
		return mvc.perform(post("/admin/lists/{list}", list).with(csrf())
			.param("code", code)
			.param("nameDa", nameDa)
			.param("nameEn", nameEn)
			.param("sortOrder", sortOrder));
	}

	private static long createdId(ResultActions created) throws Exception {
		MvcResult result = created.andExpect(redirectedUrlPattern("/admin/lists/*/*")).andReturn();
		String url = result.getResponse().getRedirectedUrl();
		return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
	}

	private static String uniqueCode() {
		return "TEST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
	}

	private List<String> auditDetails(long id) {
		return jdbc
			.sql("select detail from audit_event where entity_type = 'LOOKUP_VALUE' and entity_id = ? order by id")
			.param(String.valueOf(id))
			.query(String.class)
			.list();
	}

}
