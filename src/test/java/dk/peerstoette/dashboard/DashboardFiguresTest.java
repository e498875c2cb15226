package dk.peerstoette.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.account.StaffAccountService;
import dk.peerstoette.security.StaffUser;

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
 * The dashboard's counting on the programme of {@link DashboardFixtures} (all in 2025):
 * what each table holds, how each filter changes it, and whose figures each user gets.
 * Each request goes through the page (which must accept the filter); the figures compared
 * are the service's counted ones, before disclosure control rounds and perturbs them (see
 * {@link DisclosureControlTest} and {@link DashboardAttackTest} for what is shown).
 * Expected values are counted by hand from the fixtures; a figure is written as its exact
 * value, '&lt;' when it rests on 1 to 4 people, '-' when the CHIME grid hides it.
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
	StaffAccountService accounts;

	@Autowired
	DashboardService dashboards;

	DashboardFixtures f;

	@BeforeAll
	void programme() {
		f = new DashboardFixtures(jdbc, accounts);
	}

	@Test
	void theCoordinatorSeesEveryTableOfTheirOrganisationForTheYear() throws Exception {
		Map<String, CountedTable> t = figures(f.coordinator, "period", "YEAR", "year", "2025");
		assertThat(t.keySet()).containsExactly("reach", "contacts", "hours", "per-recipient", "caseload", "chime",
				"chime-role", "support", "waiting", "months", "peer-ends", "bridges", "relatives", "network",
				"target-groups", "unit-kinds", "sectors", "peer-outcomes", "peer-outcomes-role", "peer-outcomes-form",
				"peer-outcomes-model");
		assertThat(t.get("reach").shape().columns()).containsExactly("Konventionel", "Supplerende", "I alt");
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
		// Side by side: all eleven in a municipality's unit of the kind 'other', as in
		// reach and contacts per recipient: 23 contacts, 2.1 each.
		assertThat(rows(t.get("sectors"))).containsExactly("Regional behandlingspsykiatri: 0 0 · 0",
				"Kommunal socialpsykiatri: 11 23 2.1 11", "NGO (frivillig organisation): 0 0 · 0",
				"I alt: 11 23 2.1 11");
		assertThat(last(t.get("unit-kinds"))).isEqualTo("I alt: 11 23 2.1 11");
		assertThat(rows(t.get("unit-kinds"))).contains("Andet: 11 23 2.1 11");
	}

	@Test
	void groupAttendancesReachRecipientsAndActivitiesTakeThePeerWorkersRole() throws Exception {
		String coordinator = f.groupAndActivities();
		Map<String, CountedTable> t = figures(coordinator, "year", "2025");
		// Five present, one absent: five reached by the one meeting.
		assertThat(rows(t.get("reach")).get(0)).isEqualTo("Modtagere nået: 5 0 5");
		assertThat(rows(t.get("contacts"))).containsExactly("Individuelle kontakter: 0 0 0", "Gruppemøder: 1 0 1",
				"Brobygning: 0 0 0", "Organisatoriske aktiviteter: 0 5 5", "I alt: 1 5 6");
		assertThat(rows(t.get("hours")).get(1)).isEqualTo("Gruppemøder: 1.5 0.0 1.5");
		assertThat(rows(t.get("hours")).get(3)).isEqualTo("Organisatoriske aktiviteter: 0.0 5.0 5.0");
		// A course kind leaves out the activities, which have no course.
		t = figures(coordinator, "year", "2025", "courseKind", "GROUP");
		assertThat(last(t.get("contacts"))).isEqualTo("I alt: 1 0 1");
	}

	@Test
	void aUnitNarrowsToItsFigures() throws Exception {
		Map<String, CountedTable> t = figures(f.coordinator, "year", "2025", "unit", String.valueOf(f.unitA));
		assertThat(rows(t.get("reach")).get(0)).isEqualTo("Modtagere nået: 6 0 6");
		assertThat(last(t.get("contacts"))).isEqualTo("I alt: 13 0 13");
	}

	@Test
	void aRoleNarrowsToTheCoursesOfModelsInThatRole() throws Exception {
		Map<String, CountedTable> t = figures(f.coordinator, "year", "2025", "role", "SUPPLEMENTARY");
		assertThat(rows(t.get("reach")).get(0)).isEqualTo("Modtagere nået: 0 5 5");
		assertThat(last(t.get("contacts"))).isEqualTo("I alt: 0 10 10");
		assertThat(rows(t.get("chime")).get(0)).startsWith("Forbundethed: 0 ");
	}

	@Test
	void aMonthNarrowsToItsDays() throws Exception {
		Map<String, CountedTable> t = figures(f.coordinator, "period", "MONTH", "year", "2025", "month", "6");
		assertThat(rows(t.get("reach"))).containsExactly("Modtagere nået: 0 5 5", "Nye forløb: 0 0 0",
				"Aktive forløb: 6 5 11", "Afsluttede forløb: 0 0 0");
		assertThat(rows(t.get("contacts")).get(2)).isEqualTo("Brobygning: 0 5 5");
		assertThat(last(t.get("contacts"))).isEqualTo("I alt: 0 5 5");
		assertThat(t.get("months").rows()).hasSize(1);
	}

	@Test
	void aCustomPeriodOfMonthsNarrowsTheActivityButCHIMEIsTheWholeYears() throws Exception {
		Map<String, CountedTable> t = figures(f.coordinator, "period", "CUSTOM", "from", "2025-03", "to", "2025-03");
		assertThat(last(t.get("contacts"))).isEqualTo("I alt: 6 0 6");
		assertThat(t.get("months").rows()).hasSize(1);
		// CHIME is counted for the calendar year: the latest follow-up of 2025 is month
		// 3.
		assertThat(rows(t.get("chime")).get(0)).isEqualTo("Forbundethed: 6 1.00 -0.48 2.48 0.71 67");
		t = figures(f.coordinator, "period", "CUSTOM", "from", "2025-02", "to", "2025-04");
		assertThat(last(t.get("contacts"))).isEqualTo("I alt: 12 0 12");
	}

	@Test
	void aCourseKindNarrowsToItsCoursesButNotCHIME() throws Exception {
		Map<String, CountedTable> t = figures(f.coordinator, "year", "2025", "courseKind", "BRIDGE_BUILDING");
		assertThat(rows(t.get("reach")).get(0)).isEqualTo("Modtagere nået: 0 5 5");
		assertThat(last(t.get("contacts"))).isEqualTo("I alt: 0 10 10");
		// CHIME is the organisation's whatever the unit, model, form, kind or target
		// group.
		assertThat(rows(t.get("chime")).get(0)).startsWith("Forbundethed: 6 1.00 ");
	}

	@Test
	void anotherTargetGroupHasNoFigures() throws Exception {
		long other = jdbc.sql("select id from lookup_value where list_name = 'TARGET_GROUP' and code = 'SEL79'")
			.query(Long.class)
			.single();
		Map<String, CountedTable> t = figures(f.coordinator, "year", "2025", "targetGroup", String.valueOf(other));
		assertThat(rows(t.get("reach")).get(0)).isEqualTo("Modtagere nået: 0 0 0");
		assertThat(last(t.get("contacts"))).isEqualTo("I alt: 0 0 0");
	}

	@Test
	void theManagerSeesThePartnershipsOrganisationsOnly() throws Exception {
		Map<String, CountedTable> t = figures(f.manager, "year", "2025");
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
		Map<String, CountedTable> t = figures(f.outsideCoordinator, "year", "2025");
		assertThat(rows(t.get("reach")).get(0)).isEqualTo("Modtagere nået: 5 0 5");
		page(f.outsideCoordinator, "organisation", String.valueOf(f.ownId)).andExpect(status().isNotFound());
		page(f.outsideCoordinator, "unit", String.valueOf(f.unitA)).andExpect(status().isNotFound());
		page(f.outsideCoordinator, "partnership", String.valueOf(f.partnershipId)).andExpect(status().isNotFound());
		// The demo coordinator's dashboard holds nothing of the fixtures either.
		page("koordinator", "organisation", String.valueOf(f.ownId)).andExpect(status().isNotFound());
	}

	@Test
	void theTablesAreInEnglishOnRequest() throws Exception {
		Map<String, CountedTable> t = figures(f.coordinator, "year", "2025", "lang", "en");
		assertThat(t.get("reach").shape().columns()).containsExactly("Conventional", "Supplementary", "Total");
		assertThat(rows(t.get("reach")).get(0)).isEqualTo("Recipients reached: 6 5 11");
		assertThat(rows(t.get("chime")).get(0)).isEqualTo("Connection: 6 1.00 -0.48 2.48 0.71 67");
	}

	@Test
	void theMenuOffersTheDashboardToManagersAndCoordinatorsOnly() throws Exception {
		for (String username : List.of("leder", "koordinator")) {
			mvc.perform(get("/").with(user(users.loadUserByUsername(username))))
				.andExpect(content().string(containsString("href=\"/dashboard\"")));
		}
		for (String username : List.of("peer", "admin")) {
			String html = mvc.perform(get("/").with(user(users.loadUserByUsername(username))))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).doesNotContain("href=\"/dashboard\"");
		}
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
		page(f.coordinator, "period", "CUSTOM", "from", "2025-05", "to", "2025-04").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("filter", "to", "dashboard.filter.to.beforeFrom"))
			.andExpect(model().attribute("tables", List.of()))
			.andExpect(content().string(containsString("Den sidste måned skal ligge på eller efter den første.")))
			.andExpect(content().string(containsString("value=\"2025-04\"")));
		page(f.coordinator, "period", "CUSTOM", "from", "1. maj", "to", "2025-04").andExpect(status().isOk())
			.andExpect(content().string(containsString("Skriv måneden som åååå-mm, f.eks. 2026-01.")))
			.andExpect(content().string(containsString("value=\"1. maj\"")));
		page(f.coordinator, "period", "CUSTOM").andExpect(status().isOk())
			.andExpect(content().string(containsString("Angiv den første måned i perioden.")));
		page(f.coordinator, "period", "CUSTOM", "from", "2015-01", "to", "2025-01").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("filter", "to", "dashboard.filter.to.tooLong"));
		page(f.coordinator, "period", "CUSTOM", "from", "2016-02", "to", "2026-01").andExpect(status().isOk())
			.andExpect(model().hasNoErrors());
		page(f.coordinator, "year", "99999", "month", "13", "quarter", "0").andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("filter", "year", "dashboard.filter.year.range"))
			.andExpect(model().attributeHasFieldErrorCode("filter", "month", "dashboard.filter.invalid"))
			.andExpect(model().attributeHasFieldErrorCode("filter", "quarter", "dashboard.filter.invalid"))
			.andExpect(content().string(containsString("Vælg et år mellem 2000 og 2100.")));
	}

	/**
	 * Role, form and course kind bind to their enums from the same strings as before:
	 * bookmarked links and the export links keep working, the audit names the same codes,
	 * a value there is not is refused next to its field with the same text, and an empty
	 * one means every value.
	 */
	@Test
	void theRoleFormAndCourseKindFiltersTakeTheEnumsNamesAndRefuseOthersNextToTheirField() throws Exception {
		page(f.coordinator, "year", "2025", "role", "SUPPLEMENTARY", "form", "PAID", "courseKind", "GROUP")
			.andExpect(status().isOk())
			.andExpect(model().hasNoErrors())
			.andExpect(content().string(containsString("role=SUPPLEMENTARY&amp;form=PAID&amp;courseKind=GROUP")))
			.andExpect(content().string(containsString("<option value=\"SUPPLEMENTARY\" selected=\"selected\">")));
		String detail = jdbc.sql("""
				select detail from audit_event where actor_username = ? and entity_type = 'DASHBOARD'
				order by id desc limit 1
				""").param(f.coordinator).query(String.class).single();
		assertThat(detail)
			.isEqualTo("FROM=2025-01-01;TO=2025-12-31;ROLE=SUPPLEMENTARY;FORM=PAID;COURSE_KIND=GROUP;ORGANISATIONS=1");
		page(f.coordinator, "year", "2025", "role", "NOBODY", "form", "salaried", "courseKind", "group")
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("filter", "role", "form", "courseKind"))
			.andExpect(model().attribute("tables", List.of()))
			.andExpect(content().string(containsString("id=\"role-error\">Værdien kan ikke bruges.</div>")))
			.andExpect(content().string(containsString("id=\"form-error\">Værdien kan ikke bruges.</div>")))
			.andExpect(content().string(containsString("id=\"courseKind-error\">Værdien kan ikke bruges.</div>")));
		assertThat(rows(figures(f.coordinator, "year", "2025", "role", "", "form", "", "courseKind", "").get("reach")))
			.isEqualTo(rows(figures(f.coordinator, "year", "2025").get("reach")));
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

	/**
	 * The counted tables for the filter in the params, after the page has accepted it
	 * (and shown its own, protected figures).
	 */
	private Map<String, CountedTable> figures(String username, String... params) throws Exception {
		MvcResult result = page(username, params).andExpect(status().isOk())
			.andExpect(model().hasNoErrors())
			.andReturn();
		DashboardFilter filter = (DashboardFilter) result.getModelAndView().getModel().get("filter");
		Locale locale = "en".equals(param(params, "lang")) ? Locale.ENGLISH : Locale.forLanguageTag("da");
		Map<String, CountedTable> tables = new LinkedHashMap<>();
		this.dashboards.counted(filter, (StaffUser) users.loadUserByUsername(username), locale)
			.forEach((table) -> tables.put(table.id(), table));
		return tables;
	}

	private static @Nullable String param(String[] params, String name) {
		for (int i = 0; i < params.length; i += 2) {
			if (params[i].equals(name)) {
				return params[i + 1];
			}
		}
		return null;
	}

	private static List<String> rows(CountedTable table) {
		return table.rows()
			.stream()
			.map((row) -> row.label() + ": "
					+ String.join(" ", row.cells().stream().map(DashboardFiguresTest::text).toList()))
			.toList();
	}

	private static String text(Counted cell) {
		if (cell instanceof Counted.Change change && change.hidden()) {
			return "-";
		}
		boolean zero = cell.exact() == null || cell.exact().signum() == 0;
		if (cell.persons() > 0 && cell.persons() < 5 || cell.persons() == 0 && !zero) {
			return "<";
		}
		return (cell.exact() != null) ? cell.exact().toPlainString() : "·";
	}

	private static String last(CountedTable table) {
		List<String> rows = rows(table);
		return rows.get(rows.size() - 1);
	}

}
