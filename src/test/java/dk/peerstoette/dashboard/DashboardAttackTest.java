package dk.peerstoette.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.account.StaffAccountService;
import dk.peerstoette.dashboard.DashboardController.TableView;
import dk.peerstoette.dashboard.DashboardFixtures.Attack;
import dk.peerstoette.dashboard.Figure.Shown;
import dk.peerstoette.dashboard.export.ExportedCsv;
import dk.peerstoette.security.StaffUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The attacks a manager or coordinator can make on the dashboard by combining answers
 * they may obtain, on a programme seeded for them ({@link DashboardFixtures#attack}): a
 * unit of three conventional recipients whose CHIME change (+2.5 on average in every
 * dimension) and counts are hidden on every page, next to a unit of six supplementary
 * ones. Each attack does the arithmetic an attacker would, on what the pages and exports
 * show, and must not come out with a hidden count exactly or a hidden mean within half a
 * point. What the attacker is after is taken from the uncounted data.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardAttackTest {

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

	Attack attack;

	@BeforeAll
	void programme() {
		f = new DashboardFixtures(jdbc, accounts);
		attack = f.attack();
	}

	/** Two periods that differ by one day cannot both be asked for; not even one. */
	@Test
	void adjacentPeriodsDifferingByOneDay() throws Exception {
		for (String to : List.of("2025-11-23", "2025-11-22")) {
			refused(attack.coordinator(), "period", "CUSTOM", "from", "2025-01-01", "to", to);
			refused(f.manager, "period", "CUSTOM", "from", "2025-01-01", "to", to);
		}
	}

	@Test
	void aMonthAgainstTheMonthLessOneDay() throws Exception {
		refused(attack.coordinator(), "period", "CUSTOM", "from", "2025-03-01", "to", "2025-03-31");
		refused(attack.coordinator(), "period", "CUSTOM", "from", "2025-03-01", "to", "2025-03-30");
		// What can be asked is the whole month, on the page and in every export alike.
		Map<String, FigureTable> month = page(attack.coordinator(), "period", "CUSTOM", "from", "2025-03", "to",
				"2025-03");
		assertThat(month.get("months").rows()).hasSize(1);
	}

	/**
	 * CHIME over all roles minus the supplementary role would give the three conventional
	 * recipients: on the page, and through the role filter.
	 */
	@Test
	void overallMinusByRole() throws Exception {
		for (String username : List.of(attack.coordinator(), f.manager)) {
			String[] organisation = { "year", "2025", "organisation", String.valueOf(attack.organisation()) };
			Map<String, FigureTable> all = page(username, organisation);
			Map<String, FigureTable> supplementaryOnly = page(username, with(organisation, "role", "SUPPLEMENTARY"));
			for (int dimension = 0; dimension < 5; dimension++) {
				// The conventional figure itself is never shown.
				assertThat(figure(all.get("chime-role"), dimension, 0).shown()).isEqualTo(Shown.SMALL);
				assertThat(figure(supplementaryOnly.get("chime-role"), dimension, 0).value()).isNull();
				// In the chime table: pairs in column 0, mean in 1; in chime-role the
				// supplementary mean in column 1 and its pairs in column 3.
				Double fromPage = worked(value(all.get("chime"), dimension, 0), value(all.get("chime"), dimension, 1),
						value(all.get("chime-role"), dimension, 3), value(all.get("chime-role"), dimension, 1));
				Double fromFilter = worked(value(all.get("chime"), dimension, 0), value(all.get("chime"), dimension, 1),
						value(supplementaryOnly.get("chime"), dimension, 0),
						value(supplementaryOnly.get("chime"), dimension, 1));
				for (Double conventional : java.util.Arrays.asList(fromPage, fromFilter)) {
					if (conventional != null) {
						assertThat(Math.abs(conventional - 2.5)).isGreaterThan(0.5);
					}
				}
			}
			// The counts: all recipients reached minus the supplementary ones.
			long reachedAll = count(all.get("reach"), 0, lastColumn(all.get("reach")));
			long reachedSupplementary = count(all.get("reach"), 0, 1);
			assertThat(reachedAll - reachedSupplementary).isNotEqualTo(3);
			long filtered = count(supplementaryOnly.get("reach"), 0, lastColumn(supplementaryOnly.get("reach")));
			assertThat(reachedAll - filtered).isNotEqualTo(3);
		}
	}

	/**
	 * The mean of the hidden group from two shown means and their numbers of pairs, as an
	 * attacker who even knew the true numbers (9 and 6) would work it out; none when a
	 * figure it needs is not shown.
	 */
	private static @Nullable Double worked(@Nullable BigDecimal allPairs, @Nullable BigDecimal allMean,
			@Nullable BigDecimal partPairs, @Nullable BigDecimal partMean) {
		if (allPairs == null || allMean == null || partPairs == null || partMean == null) {
			return null;
		}
		return (9 * allMean.doubleValue() - 6 * partMean.doubleValue()) / 3;
	}

	/**
	 * A total minus the shown parts of its row or column: never a hidden count, in any
	 * table with totals, for either user.
	 */
	@Test
	void totalMinusTheVisibleCells() throws Exception {
		for (String username : List.of(attack.coordinator(), f.manager)) {
			String[] filter = { "year", "2025" };
			Map<String, FigureTable> shown = page(username, filter);
			Map<String, CountedTable> counted = counted(username, filter);
			int attempts = 0;
			for (String id : List.of("reach", "contacts", "hours", "caseload")) {
				FigureTable table = shown.get(id);
				CountedTable truth = counted.get(id);
				int rows = table.rows().size();
				int columns = table.columns().size();
				for (int r = 0; r < rows; r++) {
					for (int c = 0; c < columns; c++) {
						if (figure(table, r, c).shown() == Shown.VALUE) {
							continue;
						}
						BigDecimal hidden = truth.rows().get(r).cells().get(c).exact();
						if (table.lastColumnIsTotal() && c < columns - 1 && value(table, r, columns - 1) != null) {
							attempts++;
							assertThat(rest(table, r, -1, c, columns)).isNotEqualByComparingTo(hidden);
						}
						if (table.totalRowLabel() != null && r < rows - 1 && value(table, rows - 1, c) != null) {
							attempts++;
							assertThat(rest(table, -1, c, r, rows)).isNotEqualByComparingTo(hidden);
						}
					}
				}
			}
			// The programme has hidden cells in lines with a shown total: the attack ran.
			assertThat(attempts).isPositive();
		}
	}

	/** The line's total minus its other shown parts (hidden ones counted as 0). */
	private static BigDecimal rest(FigureTable table, int row, int column, int skip, int length) {
		BigDecimal total = (row >= 0) ? value(table, row, length - 1) : value(table, length - 1, column);
		for (int i = 0; i < length - 1; i++) {
			if (i == skip) {
				continue;
			}
			BigDecimal part = (row >= 0) ? value(table, row, i) : value(table, i, column);
			if (part != null) {
				total = total.subtract(part);
			}
		}
		return total;
	}

	/**
	 * The organisation minus its unit 1 would give unit 2: three recipients, six
	 * contacts, four and a half hours, and their CHIME change.
	 */
	@Test
	void allUnitsAgainstAllUnitsButOne() throws Exception {
		for (String username : List.of(attack.coordinator(), f.manager)) {
			String[] organisation = { "year", "2025", "organisation", String.valueOf(attack.organisation()) };
			Map<String, FigureTable> all = page(username, organisation);
			Map<String, FigureTable> unit1 = page(username, with(organisation, "unit", String.valueOf(attack.unit1())));
			Map<String, FigureTable> unit2 = page(username, with(organisation, "unit", String.valueOf(attack.unit2())));
			int total = lastColumn(all.get("reach"));
			assertThat(figure(unit2.get("reach"), 0, lastColumn(unit2.get("reach"))).shown()).isEqualTo(Shown.SMALL);
			assertThat(count(all.get("reach"), 0, total) - count(unit1.get("reach"), 0, lastColumn(unit1.get("reach"))))
				.isNotEqualTo(3);
			int totalRow = all.get("contacts").rows().size() - 1;
			assertThat(count(all.get("contacts"), totalRow, lastColumn(all.get("contacts")))
					- count(unit1.get("contacts"), totalRow, lastColumn(unit1.get("contacts"))))
				.isNotEqualTo(6);
			BigDecimal hours = value(all.get("hours"), totalRow, lastColumn(all.get("hours")))
				.subtract(value(unit1.get("hours"), totalRow, lastColumn(unit1.get("hours"))));
			assertThat(hours).isNotEqualByComparingTo("4.5");
			// CHIME is the organisation's whatever the unit: the two answers are one.
			assertThat(unit1.get("chime").rows()).isEqualTo(all.get("chime").rows());
			assertThat(unit2.get("chime").rows()).isEqualTo(all.get("chime").rows());
			assertThat(unit1.get("chime-role").rows()).isEqualTo(all.get("chime-role").rows());
		}
	}

	/** The exports hold exactly what the page shows, to the digit. */
	@Test
	void pageAgainstExport() throws Exception {
		String[] filter = { "year", "2025", "organisation", String.valueOf(attack.organisation()) };
		Map<String, FigureTable> shown = page(f.manager, filter);
		for (FigureTable table : shown.values()) {
			MockHttpServletRequestBuilder request = get("/dashboard/export.csv").param("table", table.id());
			for (int i = 0; i < filter.length; i += 2) {
				request.param(filter[i], filter[i + 1]);
			}
			byte[] csv = this.mvc.perform(request.with(user(staff(f.manager))))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			List<CSVRecord> records = ExportedCsv.records(csv);
			assertThat(records).hasSize(table.rows().size() + 1);
			for (int r = 0; r < table.rows().size(); r++) {
				for (int c = 0; c < table.columns().size(); c++) {
					Figure figure = figure(table, r, c);
					String exported = records.get(r + 1).get(c + 1);
					switch (figure.shown()) {
						case SMALL -> assertThat(exported).isEqualTo("<5");
						case HIDDEN -> assertThat(exported).isEqualTo("–");
						case VALUE -> {
							if (figure.value() == null) {
								assertThat(exported).isIn("", "·");
							}
							else {
								assertThat(new BigDecimal(exported.replace(',', '.')))
									.isEqualByComparingTo(figure.value());
							}
						}
					}
				}
			}
		}
	}

	private void refused(String username, String... params) throws Exception {
		MvcResult result = request(username, "/dashboard", params).andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("filter"))
			.andReturn();
		assertThat((List<?>) result.getModelAndView().getModel().get("tables")).isEmpty();
		for (String export : List.of("/dashboard/export.csv?table=chime&", "/dashboard/export.xlsx?",
				"/dashboard/report?", "/dashboard/report.pdf?")) {
			StringBuilder query = new StringBuilder();
			for (int i = 0; i < params.length; i += 2) {
				query.append(i > 0 ? "&" : "").append(params[i]).append('=').append(params[i + 1]);
			}
			String url = export + query;
			String expected = "/dashboard?" + url.substring(url.indexOf('?') + 1);
			this.mvc.perform(get(url).with(user(staff(username)))).andExpect(redirectedUrl(expected));
		}
	}

	private Map<String, FigureTable> page(String username, String... params) throws Exception {
		MvcResult result = request(username, "/dashboard", params).andExpect(status().isOk())
			.andExpect(model().hasNoErrors())
			.andReturn();
		@SuppressWarnings("unchecked")
		List<TableView> views = (List<TableView>) result.getModelAndView().getModel().get("tables");
		Map<String, FigureTable> tables = new LinkedHashMap<>();
		views.forEach((view) -> tables.put(view.table().id(), view.table()));
		return tables;
	}

	private Map<String, CountedTable> counted(String username, String... params) throws Exception {
		MvcResult result = request(username, "/dashboard", params).andReturn();
		DashboardFilter filter = (DashboardFilter) result.getModelAndView().getModel().get("filter");
		Map<String, CountedTable> tables = new LinkedHashMap<>();
		this.dashboards.counted(filter, staff(username), Locale.forLanguageTag("da"))
			.forEach((table) -> tables.put(table.id(), table));
		return tables;
	}

	private org.springframework.test.web.servlet.ResultActions request(String username, String path, String... params)
			throws Exception {
		MockHttpServletRequestBuilder request = get(path).with(user(staff(username)));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return this.mvc.perform(request);
	}

	private StaffUser staff(String username) {
		return (StaffUser) this.users.loadUserByUsername(username);
	}

	private static String[] with(String[] params, String... more) {
		List<String> all = new ArrayList<>(List.of(params));
		all.addAll(List.of(more));
		return all.toArray(String[]::new);
	}

	private static Figure figure(FigureTable table, int row, int column) {
		return table.rows().get(row).cells().get(column);
	}

	private static @Nullable BigDecimal value(FigureTable table, int row, int column) {
		Figure figure = figure(table, row, column);
		return (figure.shown() == Shown.VALUE) ? figure.value() : null;
	}

	/** A shown count; a hidden one counts as 0, as an attacker would take it. */
	private static long count(FigureTable table, int row, int column) {
		BigDecimal value = value(table, row, column);
		return (value != null) ? value.longValueExact() : 0;
	}

	private static int lastColumn(FigureTable table) {
		return table.columns().size() - 1;
	}

}
