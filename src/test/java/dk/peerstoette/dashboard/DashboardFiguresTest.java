package dk.peerstoette.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.account.StaffAccounts;
import dk.peerstoette.dashboard.DashboardController.TableView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard's figures on the programme of {@link DashboardFixtures} (all in 2025),
 * through the page: what each table holds, how each filter changes it, and whose figures
 * each user gets. Expected values are counted by hand from the fixtures; a figure is
 * written as its value, '&lt;' when suppressed as small, '-' when hidden.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardFiguresTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	StaffAccounts accounts;

	DashboardFixtures f;

	@BeforeAll
	void programme() {
		f = new DashboardFixtures(jdbc, accounts);
	}

	@Test
	void theCoordinatorSeesEveryTableOfTheirOrganisationForTheYear() throws Exception {
		Map<String, FigureTable> t = figures(f.coordinator, "period", "YEAR", "year", "2025");
		assertThat(t.keySet()).containsExactly("reach", "contacts", "hours", "per-recipient", "caseload", "chime",
				"chime-role", "support", "months");
		assertThat(t.get("reach").columns()).containsExactly("Konventionel", "Supplerende", "I alt");
		assertThat(rows(t.get("reach"))).containsExactly("Modtagere nået: 6 5 11", "Nye forløb: 6 5 11",
				"Aktive forløb: 6 5 11", "Afsluttede forløb: 0 5 5");
		// Not counted: the deleted, the planned and the 2024 contact.
		assertThat(rows(t.get("contacts"))).containsExactly("Individuelle kontakter: 13 5 18", "Gruppemøder: 0 0 0",
				"Brobygning: 0 5 5", "Organisatoriske aktiviteter: 0 0 0", "I alt: 13 10 23");
		assertThat(rows(t.get("hours"))).containsExactly("Individuelle kontakter: 13.0 2.5 15.5",
				"Gruppemøder: 0.0 0.0 0.0", "Brobygning: 0.0 2.5 2.5", "Organisatoriske aktiviteter: 0.0 0.0 0.0",
				"I alt: 13.0 5.0 18.0");
		// Conventional: 3 + 2 * 5 = 13 contacts over 6 recipients = 2.17, median 2; all:
		// 23 / 11 = 2.09.
		assertThat(rows(t.get("per-recipient"))).containsExactly("Konventionel: 6 2.2 2.0", "Supplerende: 5 2.0 2.0",
				"I alt: 11 2.1 2.0");
		// The CONNECTION changes 1, 2, 0, 3, -1, 1 (see ChimeStatisticsTest for the hand
		// computation): mean 1, CI -0.48 to 2.48, d_z 0.71, 4 of 6 improved = 67 %. The
		// ad hoc measurement of 9 is not the latest.
		assertThat(rows(t.get("chime")).get(0)).isEqualTo("Forbundethed: 6 1.00 -0.48 2.48 0.71 67");
		assertThat(rows(t.get("chime")).get(1)).isEqualTo("Håb: 0 · · · · ·");
		assertThat(rows(t.get("chime-role")).get(0)).isEqualTo("Forbundethed: 1.00 · 6 0");
		// One peer worker in each role: too few to show.
		assertThat(rows(t.get("caseload"))).containsExactly("Ingen modtagere: 0 < <", "1–5 modtagere: 0 0 0",
				"6–10 modtagere: < 0 <", "11–15 modtagere: 0 0 0", "16 eller flere: 0 0 0", "I alt: < < <");
		assertThat(rows(t.get("support")).get(0)).isEqualTo("I arbejde i perioden: <");
		List<String> months = rows(t.get("months"));
		assertThat(months).hasSize(12);
		assertThat(months.get(2)).endsWith(": 6 6.0 6");
		assertThat(months.get(3)).endsWith(": 6 6.0 6");
		assertThat(months.get(4)).endsWith(": < < <");
		assertThat(months.get(5)).endsWith(": 5 2.5 5");
		assertThat(months.get(0)).endsWith(": 0 0.0 0");
	}

	@Test
	void aUnitNarrowsToItsFigures() throws Exception {
		Map<String, FigureTable> t = figures(f.coordinator, "year", "2025", "unit", String.valueOf(f.unitA));
		assertThat(rows(t.get("reach")).get(0)).isEqualTo("Modtagere nået: 6 0 6");
		assertThat(last(t.get("contacts"))).isEqualTo("I alt: 13 0 13");
	}

	@Test
	void aRoleNarrowsToTheCoursesOfModelsInThatRole() throws Exception {
		Map<String, FigureTable> t = figures(f.coordinator, "year", "2025", "role", "SUPPLEMENTARY");
		assertThat(rows(t.get("reach")).get(0)).isEqualTo("Modtagere nået: 0 5 5");
		assertThat(last(t.get("contacts"))).isEqualTo("I alt: 0 10 10");
		assertThat(rows(t.get("chime")).get(0)).startsWith("Forbundethed: 0 ");
	}

	@Test
	void aMonthNarrowsToItsDays() throws Exception {
		Map<String, FigureTable> t = figures(f.coordinator, "period", "MONTH", "year", "2025", "month", "6");
		assertThat(rows(t.get("reach"))).containsExactly("Modtagere nået: 0 5 5", "Nye forløb: 0 0 0",
				"Aktive forløb: 6 5 11", "Afsluttede forløb: 0 0 0");
		assertThat(rows(t.get("contacts")).get(2)).isEqualTo("Brobygning: 0 5 5");
		assertThat(last(t.get("contacts"))).isEqualTo("I alt: 0 5 5");
		assertThat(t.get("months").rows()).hasSize(1);
	}

	@Test
	void aCustomPeriodTakesTheLatestFollowUpWithinIt() throws Exception {
		Map<String, FigureTable> t = figures(f.coordinator, "period", "CUSTOM", "from", "2025-03-01", "to",
				"2025-03-31");
		assertThat(last(t.get("contacts"))).isEqualTo("I alt: 6 0 6");
		// By the end of March the latest follow-up is the ad hoc 9: a change of 7 for all
		// six, no spread, so no effect size; all improved.
		assertThat(rows(t.get("chime")).get(0)).isEqualTo("Forbundethed: 6 7.00 7.00 7.00 · 100");
	}

	@Test
	void aCourseKindNarrowsToItsCourses() throws Exception {
		Map<String, FigureTable> t = figures(f.coordinator, "year", "2025", "courseKind", "BRIDGE_BUILDING");
		assertThat(rows(t.get("reach")).get(0)).isEqualTo("Modtagere nået: 0 5 5");
		assertThat(last(t.get("contacts"))).isEqualTo("I alt: 0 10 10");
		assertThat(rows(t.get("chime")).get(0)).startsWith("Forbundethed: 0 ");
	}

	@Test
	void anotherTargetGroupHasNoFigures() throws Exception {
		long other = jdbc.sql("select id from lookup_value where list_name = 'TARGET_GROUP' and code = 'SEL79'")
			.query(Long.class)
			.single();
		Map<String, FigureTable> t = figures(f.coordinator, "year", "2025", "targetGroup", String.valueOf(other));
		assertThat(rows(t.get("reach")).get(0)).isEqualTo("Modtagere nået: 0 0 0");
		assertThat(last(t.get("contacts"))).isEqualTo("I alt: 0 0 0");
	}

	@Test
	void theManagerSeesThePartnershipsOrganisationsOnly() throws Exception {
		Map<String, FigureTable> t = figures(f.manager, "year", "2025");
		// Own 6 + 5 and the partner's 5; not the 5 of the organisation outside.
		assertThat(rows(t.get("reach")).get(0)).isEqualTo("Modtagere nået: 11 5 16");
		t = figures(f.manager, "year", "2025", "organisation", String.valueOf(f.partnerId));
		assertThat(rows(t.get("reach")).get(0)).isEqualTo("Modtagere nået: 5 0 5");
		t = figures(f.manager, "year", "2025", "partnership", String.valueOf(f.partnershipId));
		assertThat(rows(t.get("reach")).get(0)).isEqualTo("Modtagere nået: 11 5 16");
		page(f.manager, "organisation", String.valueOf(f.outsideId)).andExpect(status().isNotFound());
		long demoPartnership = jdbc.sql("select min(id) from partnership where name not like 'Dash %'")
			.query(Long.class)
			.single();
		page(f.manager, "partnership", String.valueOf(demoPartnership)).andExpect(status().isNotFound());
	}

	@Test
	void aCoordinatorOfAnotherOrganisationSeesNoneOfItsFigures() throws Exception {
		Map<String, FigureTable> t = figures(f.outsideCoordinator, "year", "2025");
		assertThat(rows(t.get("reach")).get(0)).isEqualTo("Modtagere nået: 5 0 5");
		page(f.outsideCoordinator, "organisation", String.valueOf(f.ownId)).andExpect(status().isNotFound());
		page(f.outsideCoordinator, "unit", String.valueOf(f.unitA)).andExpect(status().isNotFound());
		page(f.outsideCoordinator, "partnership", String.valueOf(f.partnershipId)).andExpect(status().isNotFound());
		// The demo coordinator's dashboard holds nothing of the fixtures either.
		page("koordinator", "organisation", String.valueOf(f.ownId)).andExpect(status().isNotFound());
	}

	@Test
	void peerWorkersAndAdministratorsAreRefused() throws Exception {
		mvc.perform(get("/dashboard").with(user(users.loadUserByUsername("peer")))).andExpect(status().isForbidden());
		mvc.perform(get("/dashboard").with(user(users.loadUserByUsername("admin")))).andExpect(status().isForbidden());
	}

	@Test
	void thePageNamesNoRecipientAndNoPeerWorkerAndLinksToNoRecord() throws Exception {
		for (String username : List.of(f.coordinator, f.manager)) {
			String html = page(username, "year", "2025").andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).contains("Modtagere nået");
			for (String name : f.aliases) {
				assertThat(html).doesNotContain(name);
			}
			for (String name : f.peerNames) {
				assertThat(html).doesNotContain(name);
			}
			assertThat(html).doesNotContain("/recipients/").doesNotContain("/courses/").doesNotContain("/peers/");
		}
	}

	@Test
	void everyViewIsAuditedWithTheFilterAndNoPeople() throws Exception {
		long before = audited(f.coordinator);
		page(f.coordinator, "year", "2025", "unit", String.valueOf(f.unitA)).andExpect(status().isOk());
		assertThat(audited(f.coordinator)).isEqualTo(before + 1);
		String detail = jdbc.sql("""
				select detail from audit_event where actor_username = ? and entity_type = 'DASHBOARD'
				order by id desc limit 1
				""").param(f.coordinator).query(String.class).single();
		assertThat(detail).isEqualTo("FROM=2025-01-01;TO=2025-12-31;UNIT=" + f.unitA + ";ORGANISATIONS=1");
	}

	@Test
	void aBadCustomPeriodIsExplainedNextToItsFieldAndShowsNoFigures() throws Exception {
		page(f.coordinator, "period", "CUSTOM", "from", "2025-05-01", "to", "2025-04-01").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("filter", "to", "dashboard.filter.to.beforeFrom"))
			.andExpect(content().string(containsString("Den sidste dag skal ligge på eller efter den første.")))
			.andExpect(content().string(containsString("value=\"2025-04-01\"")));
		page(f.coordinator, "period", "CUSTOM", "from", "1. maj", "to", "2025-04-01").andExpect(status().isOk())
			.andExpect(content().string(containsString("Skriv datoen som åååå-mm-dd.")))
			.andExpect(content().string(containsString("value=\"1. maj\"")));
		page(f.coordinator, "period", "CUSTOM").andExpect(status().isOk())
			.andExpect(content().string(containsString("Angiv den første dag i perioden.")));
	}

	private long audited(String username) {
		return jdbc.sql("""
				select count(*) from audit_event where actor_username = ? and entity_type = 'DASHBOARD'
				and action = 'READ' and outcome = 'SUCCESS'
				""").param(username).query(Long.class).single();
	}

	private org.springframework.test.web.servlet.ResultActions page(String username, String... params)
			throws Exception {
		MockHttpServletRequestBuilder request = get("/dashboard").with(user(users.loadUserByUsername(username)));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request);
	}

	@SuppressWarnings("unchecked")
	private Map<String, FigureTable> figures(String username, String... params) throws Exception {
		MvcResult result = page(username, params).andExpect(status().isOk()).andReturn();
		List<TableView> views = (List<TableView>) result.getModelAndView().getModel().get("tables");
		Map<String, FigureTable> tables = new LinkedHashMap<>();
		views.forEach((view) -> tables.put(view.table().id(), view.table()));
		return tables;
	}

	private static List<String> rows(FigureTable table) {
		return table.rows()
			.stream()
			.map((row) -> row.label() + ": "
					+ String.join(" ", row.cells().stream().map((cell) -> switch (cell.shown()) {
						case SMALL -> "<";
						case HIDDEN -> "-";
						case VALUE -> (cell.value() != null) ? cell.value().toPlainString() : "·";
					}).toList()))
			.toList();
	}

	private static String last(FigureTable table) {
		List<String> rows = rows(table);
		return rows.get(rows.size() - 1);
	}

}
