package dk.peerstoette.contact;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
import dk.peerstoette.TestProgramme.Recipient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The contact list with its filters and totals, a peer worker's week, the recipient's
 * timeline: scoped, audited, without deleted contacts and never with a note.
 */
@IntegrationTest
class ContactListWebTest {

	static final LocalDate TODAY = TestClock.today();

	static final LocalDate MONDAY = TODAY.with(DayOfWeek.MONDAY);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	ContactFixtures fixtures;

	String tag;

	Recipient anna;

	Recipient carl;

	long annaFirst;

	long annaSecond;

	long annaThird;

	long annaDeleted;

	long carlsContact;

	String peerName;

	@BeforeEach
	void contactsOfTwoPeerWorkers() {
		this.fixtures = new ContactFixtures(this.jdbc, this.users);
		this.tag = ContactFixtures.tag();
		long copenhagen = this.fixtures.organisation(ContactFixtures.COPENHAGEN);
		long me = this.fixtures.peerWorkerOfUser("peer", copenhagen);
		// Tests elsewhere may link the demo login to another peer worker.
		this.peerName = this.jdbc.sql("select full_name from peer_worker where id = ?")
			.param(me)
			.query(String.class)
			.single();
		long other = this.fixtures.peerWorker(copenhagen, "Olga " + this.tag);
		this.anna = this.fixtures.recipient(copenhagen, "Anna " + this.tag);
		this.carl = this.fixtures.recipient(copenhagen, "Carl " + this.tag);
		long annasCourse = this.fixtures.course(copenhagen, "INDIVIDUAL", TODAY.minusDays(90), null,
				List.of(this.anna.id()), List.of(me));
		long carlsCourse = this.fixtures.course(copenhagen, "INDIVIDUAL", TODAY.minusDays(90), null,
				List.of(this.carl.id()), List.of(other));
		this.annaFirst = this.fixtures.contact(annasCourse, this.anna.id(), me, "peer", "INDIVIDUAL_CONVERSATION",
				MONDAY.minusWeeks(1), "09:00", 30, "Hemmelig note " + this.tag);
		this.annaSecond = this.fixtures.contact(annasCourse, this.anna.id(), me, "peer", "PHONE", MONDAY, "00:05", 45,
				null);
		this.annaThird = this.fixtures.contact(annasCourse, this.anna.id(), me, "peer", "BRIDGE_BUILDING", MONDAY,
				"00:10", 60, null);
		this.annaDeleted = this.fixtures.contact(annasCourse, this.anna.id(), me, "peer", "VIDEO", MONDAY, "00:15", 90,
				null);
		this.fixtures.deleteContact(this.annaDeleted, "peer");
		this.carlsContact = this.fixtures.contact(carlsCourse, this.carl.id(), other, "koordinator", "VIDEO",
				MONDAY.minusWeeks(1), "11:00", 20, "Carls note " + this.tag);
	}

	@Nested
	@WithUserDetails("koordinator")
	class Lists {

		@Test
		void totalsCountTheContactsOfTheFilterAndTheirHours() throws Exception {
			int searchesBefore = searches("koordinator");
			mvc.perform(get("/contacts").param("recipient", anna.number().toLowerCase()))
				.andExpect(status().isOk())
				.andExpect(model().attribute("totals", new ContactTotals(3, 135)))
				.andExpect(content().string(containsString("id=\"totals-count\">3<")))
				.andExpect(content().string(containsString("2,3 timer")))
				.andExpect(content().string(containsString("href=\"/contacts/" + annaFirst + "\"")))
				.andExpect(content().string(containsString("href=\"/contacts/" + annaThird + "\"")))
				.andExpect(content().string(not(containsString("href=\"/contacts/" + annaDeleted + "\""))))
				.andExpect(content().string(not(containsString("href=\"/contacts/" + carlsContact + "\""))));
			assertThat(searches("koordinator")).isEqualTo(searchesBefore + 1);
			assertThat(lastSearchDetail("koordinator")).isEqualTo("RESULTS=3;FILTERS=recipient");
			// The search criterion as typed, and the contacts and the recipient it
			// showed.
			assertThat(lastSearch("koordinator", "criteria")).contains("\"recipient\": \"" + anna.number() + "\"");
			assertThat(lastSearch("koordinator", "shown")).isEqualTo("{\"CONTACT\": [%d, %d, %d], \"RECIPIENT\": [%d]}"
				.formatted(annaThird, annaSecond, annaFirst, anna.id()));
			mvc.perform(get("/contacts").param("recipient", anna.number()).param("from", MONDAY.toString()))
				.andExpect(model().attribute("totals", new ContactTotals(2, 105)))
				.andExpect(content().string(containsString("1,8 timer")));
			mvc.perform(get("/contacts").param("recipient", anna.number())
				.param("from", MONDAY.minusWeeks(1).toString())
				.param("to", MONDAY.minusDays(1).toString()))
				.andExpect(model().attribute("totals", new ContactTotals(1, 30)));
			mvc.perform(get("/contacts").param("recipient", anna.number()).param("kind", "PHONE"))
				.andExpect(model().attribute("totals", new ContactTotals(1, 45)));
			mvc.perform(get("/contacts").param("recipient", carl.number())
				.param("unit", String.valueOf(fixtures.unit(fixtures.organisation(ContactFixtures.COPENHAGEN)))))
				.andExpect(model().attribute("totals", new ContactTotals(1, 20)));
		}

		@Test
		void aPeerWorkerFilterShowsTheirContacts() throws Exception {
			long olga = jdbc.sql("select id from peer_worker where full_name = ?")
				.param("Olga " + tag)
				.query(Long.class)
				.single();
			mvc.perform(get("/contacts").param("peerWorker", String.valueOf(olga)))
				.andExpect(model().attribute("totals", new ContactTotals(1, 20)))
				.andExpect(content().string(containsString(carl.label())));
		}

		@Test
		void listsSortAndPageButNeverShowANote() throws Exception {
			String page = mvc.perform(get("/contacts").param("recipient", anna.number()).param("sort", "duration,desc"))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Hemmelig note"))))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page.indexOf("/contacts/" + annaThird + "\"")).isPositive()
				.isLessThan(page.indexOf("/contacts/" + annaSecond + "\""));
			assertThat(page.indexOf("/contacts/" + annaSecond + "\""))
				.isLessThan(page.indexOf("/contacts/" + annaFirst + "\""));
			mvc.perform(get("/contacts").param("recipient", anna.number()).param("size", "2"))
				.andExpect(content().string(containsString("href=\"/contacts/" + annaThird + "\"")))
				.andExpect(content().string(not(containsString("href=\"/contacts/" + annaFirst + "\""))))
				.andExpect(content().string(containsString("page=1")));
		}

		@Test
		void anEmptyListSaysWhatToDo() throws Exception {
			mvc.perform(get("/contacts").param("recipient", "T-NOSUCH"))
				.andExpect(model().attribute("totals", ContactTotals.NONE))
				.andExpect(content().string(containsString("Ingen kontakter matcher filtrene")))
				.andExpect(content().string(containsString("Ryd søgning og filtre")));
		}

		@Test
		@WithUserDetails("koordinator.aarhus")
		void anotherOrganisationsContactsAreNotInTheList() throws Exception {
			mvc.perform(get("/contacts").param("recipient", anna.number()))
				.andExpect(model().attribute("totals", ContactTotals.NONE));
		}

		@Test
		@WithUserDetails("peer")
		void aPeerWorkerListsTheContactsOfTheirOwnCourses() throws Exception {
			mvc.perform(get("/contacts").param("recipient", anna.number()))
				.andExpect(model().attribute("totals", new ContactTotals(3, 135)))
				.andExpect(content().string(containsString("href=\"/contacts/" + annaFirst + "\"")))
				.andExpect(content().string(not(containsString("href=\"/contacts/" + carlsContact + "\""))));
			mvc.perform(get("/contacts").param("recipient", carl.number()))
				.andExpect(model().attribute("totals", ContactTotals.NONE));
		}

	}

	@Nested
	@WithUserDetails("peer")
	class Week {

		@Test
		void myWeekShowsThisWeeksContactsByDayWithTotals() throws Exception {
			int searchesBefore = searches("peer");
			mvc.perform(get("/contacts/week"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"day-" + MONDAY + "\"")))
				.andExpect(content().string(containsString("href=\"/contacts/" + annaSecond + "\"")))
				.andExpect(content().string(containsString("href=\"/contacts/" + annaThird + "\"")))
				.andExpect(content().string(not(containsString("href=\"/contacts/" + annaFirst + "\""))))
				.andExpect(content().string(not(containsString("href=\"/contacts/" + annaDeleted + "\""))))
				.andExpect(content().string(not(containsString("href=\"/contacts/" + carlsContact + "\""))))
				.andExpect(content().string(containsString("/contacts/week?date=" + MONDAY.minusWeeks(1))))
				.andExpect(content().string(not(containsString("Hemmelig note"))));
			assertThat(searches("peer")).isEqualTo(searchesBefore + 1);
			mvc.perform(get("/contacts/week").param("date", MONDAY.minusDays(3).toString()))
				.andExpect(content().string(containsString("href=\"/contacts/" + annaFirst + "\"")))
				.andExpect(content().string(not(containsString("href=\"/contacts/" + annaSecond + "\""))))
				.andExpect(content().string(not(containsString("Hemmelig note"))));
		}

		@Test
		@WithUserDetails("koordinator")
		void theWeekIsAPeerWorkersOwn() throws Exception {
			mvc.perform(get("/contacts/week")).andExpect(status().isForbidden());
		}

	}

	@Nested
	class Timeline {

		@Test
		@WithUserDetails("koordinator")
		void theRecipientsPageShowsContactsAndCourseEventsNewestFirstWithoutNotes() throws Exception {
			String page = mvc.perform(get("/recipients/{id}", anna.id()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Tidslinje")))
				.andExpect(content().string(containsString("Forløbet startede")))
				.andExpect(content().string(containsString("45 min · " + peerName)))
				.andExpect(content().string(not(containsString("Hemmelig note"))))
				.andExpect(content().string(not(containsString("href=\"/contacts/" + annaDeleted + "\""))))
				.andReturn()
				.getResponse()
				.getContentAsString();
			int third = page.indexOf("href=\"/contacts/" + annaThird + "\"");
			int first = page.indexOf("href=\"/contacts/" + annaFirst + "\"");
			int started = page.indexOf("Forløbet startede");
			assertThat(third).isPositive().isLessThan(first);
			assertThat(first).isLessThan(started);
			// The page's records are audited: the recipient, their contacts and course.
			assertThat(jdbc.sql("""
					select count(*) from audit_event where actor_username = 'koordinator' and entity_type = 'RECIPIENT'
					  and action = 'SEARCH' and detail = 'RESULTS=4;VIEW=TIMELINE'
					  and shown @> cast(? as jsonb) and criteria @> cast(? as jsonb)
					""")
				.param("{\"RECIPIENT\": [%d], \"CONTACT\": [%d, %d, %d]}".formatted(anna.id(), annaFirst, annaSecond,
						annaThird))
				.param("{\"recipient\": %d, \"page\": 0}".formatted(anna.id()))
				.query(Integer.class)
				.single()).isOne();
		}

		/**
		 * Issue 12, item 12: a recipient with 2,000 contacts gave a 717 KB page. The
		 * timeline is paged like the other lists, each page cut from one order, and the
		 * records each page shows are audited.
		 */
		@Test
		@WithUserDetails("koordinator")
		void aLongTimelineComesAPageAtATimeAndEachPageIsAudited() throws Exception {
			long copenhagen = fixtures.organisation(ContactFixtures.COPENHAGEN);
			Recipient many = fixtures.recipient(copenhagen, "Many " + tag);
			long holder = fixtures.peerWorker(copenhagen, "Holder " + tag);
			// Long ago, where no other test counts contacts: eight a day for 250 days.
			long course = fixtures.course(copenhagen, "INDIVIDUAL", LocalDate.of(1984, 12, 1), null, List.of(many.id()),
					List.of(holder));
			jdbc.sql("""
					insert into contact (organisation_id, unit_id, course_id, recipient_id, peer_worker_id, kind,
					                     occurred_on, starts_at, duration_minutes, created_by, updated_by)
					select c.organisation_id, c.unit_id, c.id, ?, ?, 'PHONE', date '1985-01-01' + i / 8,
					       time '08:00' + (i % 8) * interval '1 hour', 15, u.id, u.id
					from course c, staff_user u, generate_series(0, 1999) as i
					where c.id = ? and u.username = 'koordinator'
					""").params(many.id(), holder, course).update();
			List<Long> newest = jdbc.sql("""
					select id from contact where recipient_id = ?
					order by occurred_on desc, starts_at desc, id desc limit 40
					""").param(many.id()).query(Long.class).list();

			String first = timelinePage(many, 0);
			assertThat(first.length()).as("bytes of the first page").isLessThan(80_000);
			assertThat(contactsOn(first)).containsExactlyElementsOf(newest.subList(0, 20));
			assertThat(first).contains("2.001 fundet").contains("href=\"/recipients/" + many.id() + "?page=1\"");

			long before = jdbc.sql("select max(id) from audit_event").query(Long.class).single();
			String second = timelinePage(many, 1);
			assertThat(contactsOn(second)).containsExactlyElementsOf(newest.subList(20, 40));
			assertThat(jdbc.sql("""
					select count(*) from audit_event
					where id > ? and actor_username = 'koordinator' and action = 'SEARCH' and entity_type = 'RECIPIENT'
					  and detail = 'RESULTS=2001;VIEW=TIMELINE' and criteria @> cast(? as jsonb)
					  and shown = cast(? as jsonb)
					""")
				.param(before)
				.param("{\"recipient\": %d, \"page\": 1, \"size\": 20}".formatted(many.id()))
				.param("{\"RECIPIENT\": [%d], \"CONTACT\": %s}".formatted(many.id(), newest.subList(20, 40)))
				.query(Integer.class)
				.single()).isOne();

			// The oldest event, the course's start, is alone on the last page.
			String last = timelinePage(many, 100);
			assertThat(contactsOn(last)).isEmpty();
			assertThat(Jsoup.parse(last).select("#timeline-events li")).singleElement()
				.satisfies((event) -> assertThat(event.text()).contains("Forløbet startede"));
		}

		private String timelinePage(Recipient recipient, int page) throws Exception {
			return mvc.perform(get("/recipients/{id}", recipient.id()).param("page", String.valueOf(page)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
		}

		private static List<Long> contactsOn(String page) {
			return Jsoup.parse(page)
				.select("#timeline-events a[href^=/contacts/]")
				.eachAttr("href")
				.stream()
				.map((href) -> Long.valueOf(href.substring("/contacts/".length())))
				.toList();
		}

	}

	@Nested
	class Demo {

		@Test
		void theDemoCaseloadHasMonthsOfContactsOnWeekdays() {
			List<Integer> months = jdbc.sql("""
					select count(*) from contact c join recipient r on r.id = c.recipient_id
					where r.external_reference like 'DEMO-%' and c.organisation_id = ?
					group by date_trunc('month', c.occurred_on)
					""").param(fixtures.organisation(ContactFixtures.COPENHAGEN)).query(Integer.class).list();
			assertThat(months).hasSizeGreaterThanOrEqualTo(3);
			assertThat(months.stream().mapToInt(Integer::intValue).sum()).isGreaterThan(50);
			// The demo's own contacts, which it stamps two hours after they began: other
			// tests record contacts for demo recipients too, on whatever day the run is.
			assertThat(jdbc.sql("""
					select count(*) from contact c join recipient r on r.id = c.recipient_id
					where r.external_reference like 'DEMO-%' and extract(isodow from c.occurred_on) > 5
					  and c.created_at = c.occurred_on + c.starts_at + interval '2 hours'
					""").query(Integer.class).single()).isZero();
			assertThat(jdbc
				.sql("""
						select count(*) from contact c join recipient r on r.id = c.recipient_id
						where r.external_reference like 'DEMO-%' and c.created_at = c.occurred_on + c.starts_at + interval '2 hours'
						""")
				.query(Integer.class)
				.single()).isGreaterThan(50);
		}

	}

	private int searches(String username) {
		return jdbc
			.sql("select count(*) from audit_event where actor_username = ? and entity_type = 'CONTACT' "
					+ "and action = 'SEARCH'")
			.param(username)
			.query(Integer.class)
			.single();
	}

	private String lastSearch(String username, String column) {
		return jdbc
			.sql("select " + column + "::text from audit_event where actor_username = ? and entity_type = 'CONTACT' "
					+ "and action = 'SEARCH' order by id desc limit 1")
			.param(username)
			.query(String.class)
			.single();
	}

	private String lastSearchDetail(String username) {
		return jdbc
			.sql("select detail from audit_event where actor_username = ? and entity_type = 'CONTACT' "
					+ "and action = 'SEARCH' order by id desc limit 1")
			.param(username)
			.query(String.class)
			.single();
	}

}
