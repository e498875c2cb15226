package dk.peerstoette.dashboard.export;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.dashboard.DashboardFilter;
import dk.peerstoette.dashboard.Dashboards;
import dk.peerstoette.dashboard.Figure;
import dk.peerstoette.dashboard.FigureRow;
import dk.peerstoette.dashboard.FigureTable;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The exports through the web, on the real dashboard service and database: the CSV and
 * XLSX hold the page's figures, small numbers stay suppressed, the report and its PDF are
 * structured by CHIME, only managers and coordinators export, a coordinator gets only
 * their organisation, nobody gets a person, and every export is audited.
 */
@IntegrationTest
class DashboardExportWebTest {

	static final String COPENHAGEN = "Københavns Kommune";

	static final String AARHUS = "Aarhus Kommune";

	static final Locale DANISH = Locale.forLanguageTag("da");

	/** A month without demo data, where the fixture puts a few activities. */
	static final LocalDate SMALL_MONTH = LocalDate.of(2003, 5, 1);

	/** The quote the fixture records in the small month, and the alias of a recipient. */
	static final String QUOTE = "Jeg tør mere nu, fortalt i fixturen";

	static final String ALIAS = "Fixture-alias Ø.Q.";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Dashboards dashboards;

	@BeforeEach
	void smallMonth() {
		// Once for the shared database: 2 staff meetings by one peer worker of København
		// (built from 1 person: '<5'), a quote, and a recipient whose alias must never
		// show.
		int present = this.jdbc.sql("select count(*) from quote where text = ?")
			.param(QUOTE)
			.query(Integer.class)
			.single();
		if (present > 0) {
			return;
		}
		long organisation = organisation(COPENHAGEN);
		long unit = this.jdbc.sql("select min(id) from unit where organisation_id = ? and active")
			.param(organisation)
			.query(Long.class)
			.single();
		long author = userId("koordinator");
		long peerWorker = this.jdbc
			.sql("select pw.id from peer_worker pw join staff_user u on u.id = pw.staff_user_id "
					+ "where u.username = 'peer'")
			.query(Long.class)
			.single();
		this.jdbc.sql("delete from contact where organisation_id = ? and occurred_on between ? and ?")
			.params(organisation, SMALL_MONTH, SMALL_MONTH.plusMonths(1).minusDays(1))
			.update();
		for (int day = 5; day <= 6; day++) {
			this.jdbc.sql("""
					insert into contact (organisation_id, unit_id, peer_worker_id, kind, occurred_on, starts_at,
					    duration_minutes, created_by, updated_by)
					values (?, ?, ?, 'STAFF_MEETING', ?, ?, 45, ?, ?)
					""")
				.params(organisation, unit, peerWorker, SMALL_MONTH.withDayOfMonth(day), LocalTime.of(10, 0), author,
						author)
				.update();
		}
		this.jdbc.sql("""
				insert into recipient (internal_number, alias, organisation_id, unit_id, target_group_id)
				values (?, ?, ?, ?, (select id from lookup_value where list_name = 'TARGET_GROUP' and code = 'SEL85'))
				""").params("X-" + UUID.randomUUID().toString().substring(0, 8), ALIAS, organisation, unit).update();
		this.jdbc.sql("""
				insert into quote (kind, text, organisation_id, unit_id, recorded_on, chime_hope, created_by)
				values ('QUOTE', ?, ?, ?, ?, true, ?)
				""").params(QUOTE, organisation, unit, SMALL_MONTH.withDayOfMonth(7), author).update();
	}

	long organisation(String name) {
		return this.jdbc.sql("select id from organisation where name = ?").param(name).query(Long.class).single();
	}

	long userId(String username) {
		return this.jdbc.sql("select id from staff_user where username = ?").param(username).query(Long.class).single();
	}

	StaffUser staff(String username) {
		return (StaffUser) this.users.loadUserByUsername(username);
	}

	MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(user(staff(username)));
	}

	static MockHttpServletRequestBuilder smallMonth(MockHttpServletRequestBuilder request) {
		return request.param("period", "MONTH").param("year", "2003").param("month", "5");
	}

	static DashboardFilter smallMonthFilter() {
		DashboardFilter filter = new DashboardFilter();
		filter.setPeriod(DashboardFilter.PeriodKind.MONTH);
		filter.setYear(2003);
		filter.setMonth(5);
		return filter;
	}

	byte[] body(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	static List<String> texts(FigureRow row, FigureText text) {
		List<String> cells = new ArrayList<>();
		cells.add(row.label());
		row.cells().forEach((figure) -> cells.add(text.plain(figure)));
		return cells;
	}

	/** Every table of the service as CSV lines, as the export must write them. */
	static List<List<String>> lines(FigureTable table) {
		FigureText text = new FigureText(5);
		List<List<String>> lines = new ArrayList<>();
		List<String> header = new ArrayList<>();
		header.add(table.title());
		header.addAll(table.columns());
		lines.add(header);
		table.rows().forEach((row) -> lines.add(texts(row, text)));
		return lines;
	}

	/**
	 * A filter the page refuses (a year out of range, a day for a month, a month 13, ten
	 * years and a month) is refused by every export too: the reader is sent to the page,
	 * which names the problem, never a 500 and never figures.
	 */
	@Test
	void aFilterThePageRefusesSendsEveryExportToThePage() throws Exception {
		List<String> filters = List.of("year=99999", "period=CUSTOM&from=2025-01-01&to=2025-03-31",
				"period=MONTH&month=13", "period=CUSTOM&from=2015-01&to=2025-01", "period=QUARTER&quarter=9",
				"role=NOBODY");
		for (String filter : filters) {
			for (String export : List.of("/dashboard/export.csv?table=reach&", "/dashboard/export.xlsx?",
					"/dashboard/report?", "/dashboard/report.pdf?")) {
				String url = export + filter;
				this.mvc.perform(as("leder", get(url)))
					.andExpect(status().is3xxRedirection())
					.andExpect(header().string("Location", "/dashboard?" + url.substring(url.indexOf('?') + 1)));
			}
			this.mvc.perform(as("leder", get("/dashboard?" + filter)))
				.andExpect(status().isOk())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
					.attributeHasErrors("filter"));
		}
	}

	@Test
	void theCsvOfATableHoldsThePagesFiguresWithItsFileName() throws Exception {
		MvcResult result = this.mvc
			.perform(as("leder", get("/dashboard/export.csv").param("table", "contacts").param("year", "2026")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"peerstoette-contacts-2026.csv\"; filename*=UTF-8''peerstoette-contacts-2026.csv"))
			.andReturn();
		DashboardFilter filter = new DashboardFilter();
		filter.setYear(2026);
		FigureTable page = this.dashboards.figures(filter, staff("leder"), DANISH)
			.stream()
			.filter((table) -> table.id().equals("contacts"))
			.findFirst()
			.orElseThrow();
		List<List<String>> csv = ExportedCsv.records(result.getResponse().getContentAsByteArray())
			.stream()
			.map(CSVRecord::toList)
			.toList();
		assertThat(csv).isEqualTo(lines(page));
		assertThat(csv.get(0).get(0)).isEqualTo(page.title());
		assertThat(csv).hasSize(page.rows().size() + 1);
	}

	@Test
	void aSmallFigureIsExportedAsLessThanFiveAndNeverAsItsValue() throws Exception {
		List<CSVRecord> csv = ExportedCsv
			.records(body(as("koordinator", smallMonth(get("/dashboard/export.csv").param("table", "contacts")))));
		// The organisational row: 2 staff meetings by 1 peer worker in the peer worker's
		// role column and in the total column: both '<5', never 2.
		CSVRecord organisational = csv.stream()
			.filter((record) -> record.get(0).equals("Organisatorisk") || record.get(0).startsWith("Organisator"))
			.findFirst()
			.orElseThrow();
		assertThat(organisational.toList()).contains("<5").doesNotContain("2");
		List<CSVRecord> hours = ExportedCsv
			.records(body(as("koordinator", smallMonth(get("/dashboard/export.csv").param("table", "hours")))));
		assertThat(hours.stream().flatMap((record) -> record.toList().stream())).contains("<5")
			.doesNotContain("1.5", "1,5");
	}

	@Test
	void theWorkbookHasACoverSheetAndEveryTableWithNumbersAndMarks() throws Exception {
		byte[] bytes = body(as("koordinator", smallMonth(get("/dashboard/export.xlsx"))));
		List<FigureTable> tables = this.dashboards.figures(smallMonthFilter(), staff("koordinator"), DANISH);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
			List<Sheet> sheets = workbook.getSheets().toList();
			assertThat(sheets).hasSize(tables.size() + 1);
			assertThat(sheets.get(0).getName()).isEqualTo("Om udtrækket");
			String cover = text(sheets.get(0));
			assertThat(cover).contains("1. maj 2003 – 31. maj 2003").contains("færre end 5 personer");
			for (int i = 0; i < tables.size(); i++) {
				assertThat(sheets.get(i + 1).getName()).hasSizeLessThanOrEqualTo(31);
				List<Row> rows = sheets.get(i + 1).read();
				assertThat(rows.get(0).getCell(0).asString()).isEqualTo(tables.get(i).title());
				assertThat(rows.get(0).getCell(1).asString()).isEqualTo(tables.get(i).columns().get(0));
			}
			// The contacts table: '<5' as text where the staff meetings are.
			int contacts = indexOf(tables, "contacts") + 1;
			assertThat(text(sheets.get(contacts))).contains("<5");
			// Months: May 2003 is one row, its recipients reached a number (0).
			List<Row> months = sheets.get(indexOf(tables, "months") + 1).read();
			assertThat(months.get(1).getCell(3).getType()).isEqualTo(CellType.NUMBER);
			assertThat(months.get(1).getCell(3).asNumber()).isEqualByComparingTo("0");
		}
	}

	static int indexOf(List<FigureTable> tables, String id) {
		for (int i = 0; i < tables.size(); i++) {
			if (tables.get(i).id().equals(id)) {
				return i;
			}
		}
		throw new AssertionError("No table " + id);
	}

	static String text(Sheet sheet) throws Exception {
		StringBuilder text = new StringBuilder();
		for (Row row : sheet.read()) {
			row.forEach((cell) -> {
				if (cell != null) {
					text.append(cell.getText()).append('\t');
				}
			});
			text.append('\n');
		}
		return text.toString();
	}

	@Test
	void theReportHasAnIntroductionFiveChimeSectionsActivityAndSupervision() throws Exception {
		String html = new String(body(as("leder", smallMonth(get("/dashboard/report")))), StandardCharsets.UTF_8);
		Document page = Jsoup.parse(html);
		assertThat(page.select("section#introduction h2").text()).isEqualTo("Indledning");
		assertThat(page.select("section.chime h2").eachText()).containsExactly("Forbundethed", "Håb", "Identitet",
				"Mening", "Empowerment");
		assertThat(page.select("section#chime-hope caption").eachText()).isNotEmpty();
		assertThat(page.select("section#chime-hope blockquote").text()).contains(QUOTE);
		assertThat(page.select("section#activity caption").size()).isGreaterThanOrEqualTo(4);
		assertThat(page.select("section#supervision caption")).isNotEmpty();
		assertThat(page.select("section#introduction").text()).contains(COPENHAGEN)
			.contains("færre end 5 personer")
			.contains("1. maj 2003");
		assertThat(page.select("link[rel=stylesheet]").attr("href")).contains("/css/report-print");
		assertThat(page.select("nav.report-nav a").eachAttr("href")).anyMatch((href) -> href.contains("report.pdf?"));
	}

	@Test
	void theReportIsInEnglishToo() throws Exception {
		String html = new String(
				body(as("leder", smallMonth(get("/dashboard/report")).locale(Locale.ENGLISH).param("lang", "en"))),
				StandardCharsets.UTF_8);
		Document page = Jsoup.parse(html);
		assertThat(page.select("section.chime h2").eachText()).containsExactly("Connection", "Hope", "Identity",
				"Meaning", "Empowerment");
		assertThat(page.select("section#introduction h2").text()).isEqualTo("Introduction");
	}

	@Test
	void thePdfIsAPdfWithTheChimeHeadingsInItsText() throws Exception {
		MvcResult result = this.mvc.perform(as("leder", smallMonth(get("/dashboard/report.pdf"))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn();
		byte[] pdf = result.getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("peerstoette-rapport-2003-05.pdf");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Evalueringsrapport", "Forbundethed", "Håb", "Identitet", "Mening", "Empowerment",
					"Aktivitet", "Supervision og belastning", QUOTE);
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(8);
			// The font is embedded from the application's resources: DejaVu Sans.
			List<String> fonts = new ArrayList<>();
			for (COSName name : document.getPage(0).getResources().getFontNames()) {
				PDFont font = document.getPage(0).getResources().getFont(name);
				fonts.add(font.getName());
				assertThat(font.isEmbedded()).isTrue();
			}
			assertThat(fonts).isNotEmpty().allMatch((name) -> name.contains("DejaVuSans"));
		}
	}

	@Test
	void onlyManagersAndCoordinatorsExport() throws Exception {
		for (String username : List.of("peer", "admin")) {
			for (String path : List.of("/dashboard/export.xlsx", "/dashboard/report", "/dashboard/report.pdf")) {
				this.mvc.perform(as(username, get(path))).andExpect(status().isForbidden());
			}
			this.mvc.perform(as(username, get("/dashboard/export.csv").param("table", "reach")))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void aCoordinatorsExportHoldsOnlyTheirOrganisation() throws Exception {
		DashboardFilter own = new DashboardFilter();
		own.setOrganisation(organisation(COPENHAGEN));
		FigureTable reach = this.dashboards.figures(own, staff("leder"), DANISH)
			.stream()
			.filter((table) -> table.id().equals("reach"))
			.findFirst()
			.orElseThrow();
		List<List<String>> csv = ExportedCsv
			.records(body(as("koordinator", get("/dashboard/export.csv").param("table", "reach"))))
			.stream()
			.map(CSVRecord::toList)
			.toList();
		assertThat(csv).isEqualTo(lines(reach));
		this.mvc
			.perform(as("koordinator",
					get("/dashboard/export.csv").param("table", "reach")
						.param("organisation", String.valueOf(organisation(AARHUS)))))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(as("koordinator",
					get("/dashboard/report").param("organisation", String.valueOf(organisation(AARHUS)))))
			.andExpect(status().isNotFound());
		String report = new String(body(as("koordinator", smallMonth(get("/dashboard/report")))),
				StandardCharsets.UTF_8);
		assertThat(Jsoup.parse(report).select("section#introduction li").eachText()).containsExactly(COPENHAGEN);
	}

	@Test
	void anUnknownTableIsNotFound() throws Exception {
		this.mvc.perform(as("leder", get("/dashboard/export.csv").param("table", "recipients")))
			.andExpect(status().isNotFound());
		this.mvc.perform(as("leder", get("/dashboard/export.csv").param("table", "a b")))
			.andExpect(status().isNotFound());
	}

	@Test
	void noExportNamesARecipientOrAPeerWorker() throws Exception {
		List<String> people = List.of(ALIAS, "Peter Peer", "Karen Koordinator", "Lene Leder");
		List<String> exports = new ArrayList<>();
		exports.add(new String(body(as("koordinator", smallMonth(get("/dashboard/report")))), StandardCharsets.UTF_8));
		exports.add(new String(body(as("leder", smallMonth(get("/dashboard/report")))), StandardCharsets.UTF_8));
		for (FigureTable table : this.dashboards.figures(smallMonthFilter(), staff("koordinator"), DANISH)) {
			exports.add(new String(
					body(as("koordinator", smallMonth(get("/dashboard/export.csv").param("table", table.id())))),
					StandardCharsets.UTF_8));
		}
		try (ReadableWorkbook workbook = new ReadableWorkbook(
				new ByteArrayInputStream(body(as("koordinator", smallMonth(get("/dashboard/export.xlsx"))))))) {
			for (Sheet sheet : workbook.getSheets().toList()) {
				exports.add(text(sheet));
			}
		}
		try (PDDocument document = Loader.loadPDF(body(as("koordinator", smallMonth(get("/dashboard/report.pdf")))))) {
			exports.add(new PDFTextStripper().getText(document));
		}
		assertThat(String.join("\n", exports)).contains(QUOTE).doesNotContain(people);
		// Nothing links to a person's page either.
		assertThat(exports.get(0)).doesNotContain("/recipients/", "/peers/", "/contacts/");
	}

	@Test
	void everyExportIsAuditedWithItsFormatAndTable() throws Exception {
		body(as("koordinator.aarhus", smallMonth(get("/dashboard/export.csv").param("table", "hours"))));
		body(as("koordinator.aarhus", smallMonth(get("/dashboard/export.xlsx"))));
		body(as("koordinator.aarhus", smallMonth(get("/dashboard/report"))));
		body(as("koordinator.aarhus", smallMonth(get("/dashboard/report.pdf"))));
		List<String> details = this.jdbc.sql("""
				select detail from audit_event
				where actor_username = 'koordinator.aarhus' and action = 'EXPORT' and entity_type = 'DASHBOARD'
				order by id desc limit 4
				""").query(String.class).list();
		assertThat(details).containsExactly("FORMAT=PDF;TABLE=REPORT;PERIOD=2003-05",
				"FORMAT=HTML;TABLE=REPORT;PERIOD=2003-05", "FORMAT=XLSX;TABLE=ALL;PERIOD=2003-05",
				"FORMAT=CSV;TABLE=hours;PERIOD=2003-05");
	}

	@Test
	void theDashboardLinksToItsExportsWithItsFilter() throws Exception {
		String html = new String(body(as("koordinator", smallMonth(get("/dashboard")))), StandardCharsets.UTF_8);
		Document page = Jsoup.parse(html);
		List<String> links = page.select("a[href*=/dashboard/export], a[href*=/dashboard/report]").eachAttr("href");
		assertThat(links).contains("/dashboard/export.xlsx?period=MONTH&year=2003&month=5",
				"/dashboard/report?period=MONTH&year=2003&month=5",
				"/dashboard/report.pdf?period=MONTH&year=2003&month=5",
				"/dashboard/export.csv?table=reach&period=MONTH&year=2003&month=5");
		assertThat(links.stream().filter((href) -> href.startsWith("/dashboard/export.csv"))).hasSize(21);
	}

	@Test
	void figureTextNeverReadsASuppressedValue() {
		// The service hands over figures without a value once suppressed; the marks do
		// not depend on it.
		FigureText text = new FigureText(5);
		assertThat(text.plain(new Figure(null, Figure.Shown.SMALL))).isEqualTo("<5");
		assertThat(text.plain(new Figure(null, Figure.Shown.HIDDEN))).isEqualTo("–");
	}

}
