package dk.peerstoette;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dk.peerstoette.audit.AuditEntry;
import dk.peerstoette.audit.AuditLog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12, item 7: a list or search of person records writes to the access log what it
 * was asked (the search text and filters as given, the page) and which records it showed,
 * not only how many. Each case searches the demo data and compares the log's row with the
 * records the page links to.
 */
@IntegrationTest
class ListAuditTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AuditLog auditLog;

	AuditTrail audit;

	@BeforeEach
	void readTheAuditTrail() {
		this.audit = new AuditTrail(this.jdbc, this.auditLog);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					koordinator | /recipients?q=r-0&sort=number,desc | /recipients/(\\d+)"   | RECIPIENT   | RECIPIENT   | {"q": "r-0", "page": 0}
					koordinator | /recipients?consent=ACTIVE&page=1  | /recipients/(\\d+)"   | RECIPIENT   | RECIPIENT   | {"consent": "ACTIVE", "page": 1}
					koordinator | /contacts?kind=PHONE&size=7        | /contacts/(\\d+)"     | CONTACT     | CONTACT     | {"kind": "PHONE", "size": 7}
					koordinator | /courses?status=ACTIVE&q=.         | /courses/(\\d+)"      | COURSE      | COURSE      | {"status": "ACTIVE", "q": "."}
					koordinator | /outcomes/due?q=R&show=ALL         | /outcomes/recipients/(\\d+)" | RECIPIENT | RECIPIENT | {"q": "R", "filter": "ALL"}
					koordinator | /peers?q=e&status=ACTIVE           | /peers/(\\d+)"        | PEER_WORKER | PEER_WORKER | {"q": "e", "status": "ACTIVE"}
					koordinator | /quotes?q=e                        | /quotes/(\\d+)/edit"  | QUOTE       | QUOTE       | {"q": "e"}
					koordinator | /checkins/supervision              | /peers/(\\d+)"        | PEER_SUPPORT_FLAG | PEER_WORKER | {}
					admin       | /admin/users?q=o&role=COORDINATOR  | /admin/users/(\\d+)"  | USER        | USER        | {"q": "o", "role": "COORDINATOR"}
					""")
	void aListWritesItsCriteriaAndTheRecordsItShowed(String username, String url, String link, String entityType,
			String shownType, String criteria) throws Exception {
		long before = this.audit.lastId();
		String page = mvc.perform(get(url).with(as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Long> linked = idsIn(page, link);
		assertThat(linked).as("records on " + url).isNotEmpty();
		AuditEntry entry = this.audit.newestSearch(username, entityType, before);
		assertThat(jdbc.sql("select criteria @> cast(? as jsonb) from audit_event where id = ?")
			.param(criteria)
			.param(entry.id())
			.query(Boolean.class)
			.single()).as(entry.criteria()).isTrue();
		assertThat(this.audit.shown(entry.id(), shownType)).as(entry.shown()).isEqualTo(linked);
	}

	@Test
	void aListShowsWhichRecipientsItNamedBesideItsOwnRecords() throws Exception {
		long before = this.audit.lastId();
		String page = mvc.perform(get("/courses?status=ACTIVE").with(as("koordinator")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		AuditEntry entry = this.audit.newestSearch("koordinator", "COURSE", before);
		List<Long> recipients = this.audit.shown(entry.id(), "RECIPIENT");
		assertThat(recipients).isNotEmpty();
		for (long recipient : recipients) {
			String number = jdbc.sql("select internal_number from recipient where id = ?")
				.param(recipient)
				.query(String.class)
				.single();
			assertThat(page).contains(number);
		}
	}

	@Test
	void aSearchBoxWritesWhatWasTypedAndWhomItOffered() throws Exception {
		long before = this.audit.lastId();
		String json = mvc.perform(get("/recipients/search").param("q", "r-00").with(as("koordinator")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		AuditEntry entry = this.audit.newestSearch("koordinator", "RECIPIENT", before);
		assertThat(entry.criteria()).isEqualTo("{\"q\": \"r-00\"}");
		List<Long> offered = this.audit.shown(entry.id(), "RECIPIENT");
		assertThat(offered).isNotEmpty();
		for (long recipient : offered) {
			assertThat(json).contains(jdbc.sql("select internal_number from recipient where id = ?")
				.param(recipient)
				.query(String.class)
				.single());
		}
	}

	@Test
	void everyLookUpThatShowedARecipientCanBeFoundAgain() throws Exception {
		long recipient = jdbc.sql("""
				select r.id from recipient r join organisation o on o.id = r.organisation_id
				where o.name = ? and r.external_reference like 'DEMO-%' order by r.id limit 1
				""").param(TestProgramme.COPENHAGEN).query(Long.class).single();
		String number = jdbc.sql("select internal_number from recipient where id = ?")
			.param(recipient)
			.query(String.class)
			.single();
		long before = this.audit.lastId();
		mvc.perform(get("/recipients").param("q", number).with(as("koordinator"))).andExpect(status().isOk());
		mvc.perform(get("/recipients/{id}", recipient).with(as("koordinator"))).andExpect(status().isOk());
		List<AuditEntry> uses = auditLog.entriesShowing("RECIPIENT", recipient, 10)
			.stream()
			.filter((entry) -> entry.id() > before)
			.toList();
		// The search, the read of the page and its timeline.
		assertThat(uses).extracting(AuditEntry::action).extracting(Enum::name).contains("SEARCH", "READ");
		assertThat(uses).hasSizeGreaterThanOrEqualTo(3);
	}

	/** The ids a page links to, in order, each once. */
	private static List<Long> idsIn(String page, String link) {
		Set<Long> ids = new LinkedHashSet<>();
		Matcher matcher = Pattern.compile("href=\"" + link).matcher(page);
		while (matcher.find()) {
			ids.add(Long.valueOf(matcher.group(1)));
		}
		return new ArrayList<>(ids);
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

}
