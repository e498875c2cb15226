package dk.peerstoette.recipient;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dk.peerstoette.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static dk.peerstoette.recipient.RecipientTestData.KOBENHAVN;
import static dk.peerstoette.recipient.RecipientTestData.today;
import static dk.peerstoette.recipient.RecipientTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The subject access export (GDPR Art. 15): after a recipient has data in every table
 * that can hold some, each of those tables shows in the export; a table added to the
 * schema that reaches a recipient and that the export does not cover fails here; the
 * download is one zip with a Danish PDF and a JSON file, audited; and nobody but a
 * coordinator of the recipient's organisation gets it.
 */
@IntegrationTest
class SubjectAccessExportWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	SubjectAccessExportService exports;

	RecipientTestData data;

	RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	String path(long recipient) {
		return "/recipients/" + recipient + "/subject-access-export";
	}

	/**
	 * Every base table of the schema that holds a recipient's data: one with a
	 * {@code recipient_id} column, and every table with a foreign key to one that holds
	 * it (contact_change through contact, assessment_answer through assessment), however
	 * deep.
	 */
	Set<String> tablesReachingARecipient() {
		return new TreeSet<>(this.jdbc.sql("""
				with recursive reaching (name) as (
				    select 'recipient'::text
				    union
				    select c.table_name::text
				    from information_schema.columns c
				    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
				      and c.column_name = 'recipient_id'
				    union
				    select child.relname::text
				    from pg_constraint k
				    join pg_class child on child.oid = k.conrelid
				    join pg_class parent on parent.oid = k.confrelid
				    join reaching r on r.name = parent.relname
				    where k.contype = 'f' and child.relnamespace = current_schema()::regnamespace
				)
				select name from reaching
				""").query(String.class).list());
	}

	@Nested
	class Coverage {

		@Test
		void everyTableThatReachesARecipientIsExportedOrDeclaredACopy() {
			Set<String> covered = exports.coveredTables();
			for (String table : tablesReachingARecipient()) {
				assertThat(covered.contains(table) || SubjectAccessExportService.DERIVED_TABLES.contains(table)).as("""
						Table %s holds a recipient's data (a recipient_id column, or a foreign key to a table \
						that holds it), but the subject access export does not cover it. Hand its rows over \
						through the owning module's SubjectAccessSource and name the table in its tables(); \
						only a copy rebuilt from covered tables goes into \
						SubjectAccessExportService.DERIVED_TABLES, with why.""", table).isTrue();
			}
		}

		@Test
		void theTablesItClaimsToCoverExist() {
			Set<String> tables = new TreeSet<>(jdbc.sql("""
					select table_name from information_schema.tables
					where table_schema = current_schema() and table_type = 'BASE TABLE'
					""").query(String.class).list());
			assertThat(tables).containsAll(exports.coveredTables())
				.containsAll(SubjectAccessExportService.DERIVED_TABLES);
			assertThat(exports.coveredTables()).doesNotContainAnyElementsOf(SubjectAccessExportService.DERIVED_TABLES);
		}

	}

	@Nested
	class AfterSeedingEveryTable {

		long recipient;

		String alias;

		String peerName;

		long individualCourse;

		long groupCourse;

		final Map<String, String> marks = new HashMap<>();

		long pageRead;

		@BeforeEach
		void seed() throws Exception {
			data = new RecipientTestData(mvc, jdbc, users);
			this.alias = unique("SA");
			this.recipient = data.createRecipient(this.alias, KOBENHAVN);
			long organisation = data.organisationId(KOBENHAVN);
			long unit = data.unitId(KOBENHAVN, 0);
			long author = data.userId("koordinator");
			for (String mark : List.of("goals", "note", "before", "colleague", "quote", "groupNote", "hold",
					"referral")) {
				this.marks.put(mark, unique(mark));
			}
			// A consent with its history (given, withdrawn, given again), and the data as
			// the demo keeps it: registered before the meetings, quotes with a consent.
			jdbc.sql("""
					insert into consent (recipient_id, kind, given_on, method, withdrawn_on)
					values (?, 'ANONYMISED_QUOTES', ?, 'VERBAL', ?)
					""").param(this.recipient).param(today().minusDays(20)).param(today().minusDays(5)).update();
			jdbc.sql(
					"""
							insert into consent (recipient_id, kind, given_on, method) values (?, 'ANONYMISED_QUOTES', ?, 'VERBAL')
							""")
				.param(this.recipient)
				.param(today().minusDays(4))
				.update();
			jdbc.sql("update consent set given_on = ? where recipient_id = ? and kind = 'REGISTRATION'")
				.params(today().minusDays(30), this.recipient)
				.update();
			long peer = data.newPeerWorker(KOBENHAVN);
			this.peerName = jdbc.sql("select full_name from peer_worker where id = ?")
				.param(peer)
				.query(String.class)
				.single();
			this.individualCourse = data.assign(this.recipient, peer);
			jdbc.sql("update course set goals = ? where id = ?")
				.param(this.marks.get("goals"))
				.param(this.individualCourse)
				.update();
			long contact = jdbc.sql("""
					insert into contact (organisation_id, unit_id, course_id, recipient_id, peer_worker_id, kind,
					    occurred_on, starts_at, duration_minutes, place, chime_hope, note, created_by, updated_by)
					values (?, ?, ?, ?, ?, 'INDIVIDUAL_CONVERSATION', ?, '10:30', 45, 'Café', true, ?, ?, ?)
					returning id
					""")
				.params(organisation, unit, this.individualCourse, this.recipient, peer, today().minusDays(3),
						this.marks.get("note"), author, author)
				.query(Long.class)
				.single();
			jdbc.sql("""
					insert into contact_change (contact_id, changed_by, field, old_value, new_value)
					values (?, ?, 'place', ?, 'Café')
					""").params(contact, author, this.marks.get("before")).update();
			this.groupCourse = jdbc
				.sql("""
						insert into course (kind, organisation_id, unit_id, starts_on) values ('GROUP', ?, ?, ?) returning id
						""")
				.params(organisation, unit, today().minusDays(40))
				.query(Long.class)
				.single();
			jdbc.sql("insert into course_recipient (course_id, recipient_id) values (?, ?)")
				.params(this.groupCourse, this.recipient)
				.update();
			long meeting = jdbc.sql("""
					insert into contact (organisation_id, unit_id, course_id, peer_worker_id, kind, occurred_on,
					    starts_at, duration_minutes, note, created_by, updated_by)
					values (?, ?, ?, ?, 'GROUP_MEETING', ?, '14:00', 90, ?, ?, ?) returning id
					""")
				.params(organisation, unit, this.groupCourse, peer, today().minusDays(2), this.marks.get("groupNote"),
						author, author)
				.query(Long.class)
				.single();
			jdbc.sql("insert into contact_attendance (contact_id, recipient_id, attendance) values (?, ?, 'PRESENT')")
				.params(meeting, this.recipient)
				.update();
			jdbc.sql("insert into contact_facilitator (contact_id, colleague_name) values (?, ?)")
				.params(meeting, this.marks.get("colleague"))
				.update();
			long instrument = jdbc.sql("select id from instrument where code = 'CHIME-10' and version_number = 1")
				.query(Long.class)
				.single();
			long assessment = jdbc.sql("""
					insert into assessment (recipient_id, course_id, organisation_id, unit_id, instrument_id, timepoint,
					    answered_on, respondent, status, answered_items, score_hope, created_by, completed_at)
					values (?, ?, ?, ?, ?, 'BASELINE', ?, 'SELF', 'COMPLETED', 1, 3.00, ?, now()) returning id
					""")
				.params(this.recipient, this.individualCourse, organisation, unit, instrument, today().minusDays(1),
						author)
				.query(Long.class)
				.single();
			jdbc.sql("""
					insert into assessment_answer (assessment_id, item_id, answer)
					select ?, id, 3 from instrument_item where instrument_id = ? and position = 3
					""").params(assessment, instrument).update();
			jdbc.sql("""
					insert into quote (kind, text, organisation_id, unit_id, recipient_id, recorded_on, chime_hope,
					    created_by)
					values ('QUOTE', ?, ?, ?, ?, ?, true, ?)
					""")
				.params(this.marks.get("quote"), organisation, unit, this.recipient, today().minusDays(1), author)
				.update();
			jdbc.sql("""
					insert into legal_hold (recipient_id, ground, reason, placed_on, placed_by, lifted_on, lifted_by)
					values (?, 'COMPLAINT', ?, ?, ?, ?, ?)
					""")
				.params(this.recipient, this.marks.get("hold"), today().minusDays(3), author, today().minusDays(2),
						author)
				.update();
			long partnerUnit = jdbc.sql("""
					select u.id from unit u join organisation o on o.id = u.organisation_id
					where o.id <> ? order by u.id limit 1""").param(organisation).query(Long.class).single();
			long referral = jdbc
				.sql("""
						insert into referral (recipient_id, from_organisation_id, to_organisation_id, to_unit_id, partnership_id,
						    reason, referred_on, referred_by)
						select ?, ?, u.organisation_id, u.id, (select min(id) from partnership), ?, ?, ?
						from unit u where u.id = ? returning id
						""")
				.params(this.recipient, organisation, this.marks.get("referral"), today().minusDays(6), author,
						partnerUnit)
				.query(Long.class)
				.single();
			jdbc.sql("""
					insert into waiting_entry (organisation_id, unit_id, recipient_id, entered_on, created_by)
					values (?, ?, ?, ?, ?)""")
				.params(organisation, unit, this.recipient, today().minusDays(1), author)
				.update();
			jdbc.sql("insert into recipient_network (recipient_id, role, relatives) values (?, 'SIBLING', 2)")
				.param(this.recipient)
				.update();
			jdbc.sql("update course set kind = 'BRIDGE_BUILDING', bridge_to = 'EDUCATION' where id = ?")
				.param(this.individualCourse)
				.update();
			// Only the table's own rule matters here: the recipient stays on record.
			jdbc.sql("insert into anonymisation (recipient_id, anonymised_on, cause) values (?, ?, 'RETENTION')")
				.params(this.recipient, today())
				.update();
			mvc.perform(get("/recipients/" + this.recipient).with(as("koordinator"))).andExpect(status().isOk());
			this.pageRead = jdbc
				.sql("""
						select max(id) from audit_event
						where action = 'READ' and entity_type = 'RECIPIENT' and entity_id = ? and actor_username = 'koordinator'
						""")
				.param(String.valueOf(this.recipient))
				.query(Long.class)
				.single();
		}

		/** How each covered table's seeded rows show in the JSON file. */
		Map<String, Consumer<JsonNode>> representations() {
			Map<String, Consumer<JsonNode>> checks = new LinkedHashMap<>();
			checks.put("recipient",
					(json) -> assertThat(json.get("recipient").get(0).get("alias").asString()).isEqualTo(this.alias));
			checks.put("consent",
					(json) -> assertThat(json.get("consents"))
						.anySatisfy((consent) -> assertThat(consent.get("withdrawnOn").asString())
							.isEqualTo(today().minusDays(5).toString())));
			checks.put("course", (json) -> {
				assertThat(texts(json.get("courses"), "goals")).contains(this.marks.get("goals"));
				assertThat(texts(json.get("courses"), "bridgeTo")).containsExactly("EDUCATION");
			});
			checks.put("recipient_network", (json) -> {
				assertThat(texts(json.get("network"), "role")).containsExactly("SIBLING");
				assertThat(texts(json.get("network"), "relatives")).containsExactly("2");
			});
			checks.put("course_recipient",
					(json) -> assertThat(StreamSupport.stream(json.get("courses").spliterator(), false)
						.map((course) -> course.get("id").asLong())
						.toList()).containsExactlyInAnyOrder(this.individualCourse, this.groupCourse));
			checks.put("course_peer",
					(json) -> assertThat(texts(json.get("courses"), "peerWorkers")).contains(this.peerName));
			checks.put("contact",
					(json) -> assertThat(texts(json.get("contacts"), "note")).contains(this.marks.get("note")));
			checks.put("contact_change",
					(json) -> assertThat(texts(json.get("contacts").get(0).get("changes"), "before"))
						.contains(this.marks.get("before")));
			checks.put("contact_attendance",
					(json) -> assertThat(texts(json.get("groupMeetings"), "attendance")).containsExactly("PRESENT"));
			checks.put("contact_facilitator", (json) -> assertThat(texts(json.get("groupMeetings"), "facilitators"))
				.containsExactly(this.marks.get("colleague")));
			checks.put("assessment",
					(json) -> assertThat(texts(json.get("assessments"), "timepoint")).containsExactly("BASELINE"));
			checks.put("assessment_answer", (json) -> {
				JsonNode answer = json.get("assessments").get(0).get("answers").get(0);
				assertThat(answer.get("answer").asInt()).isEqualTo(3);
				assertThat(answer.get("statement").asString()).isNotBlank();
			});
			checks.put("quote",
					(json) -> assertThat(texts(json.get("quotes"), "text")).contains(this.marks.get("quote")));
			checks.put("referral", (json) -> assertThat(texts(json.get("referrals"), "reason"))
				.containsExactly(this.marks.get("referral")));
			checks.put("waiting_entry", (json) -> assertThat(texts(json.get("waitingLists"), "enteredOn"))
				.containsExactly(today().minusDays(1).toString()));
			checks.put("legal_hold", (json) -> assertThat(texts(json.get("legalHolds"), "reason"))
				.containsExactly(this.marks.get("hold")));
			checks.put("anonymisation",
					(json) -> assertThat(texts(json.get("anonymisation"), "cause")).containsExactly("RETENTION"));
			checks.put("audit_event",
					(json) -> assertThat(StreamSupport.stream(json.get("accessLog").spliterator(), false)
						.map((access) -> access.get("id").asLong())
						.toList()).contains(this.pageRead));
			return checks;
		}

		@Test
		void everyCoveredTableIsInTheExport() throws Exception {
			Map<String, byte[]> files = download("koordinator", null);
			JsonNode json = JsonMapper.shared().readTree(files.get("indsigt-" + number() + ".json"));
			Map<String, Consumer<JsonNode>> checks = representations();
			assertThat(checks.keySet()).as("a check of each covered table").isEqualTo(exports.coveredTables());
			checks.forEach((table, check) -> {
				try {
					check.accept(json);
				}
				catch (AssertionError ex) {
					throw new AssertionError("The export does not show the seeded rows of " + table, ex);
				}
			});
			// A group meeting's note is the whole group's.
			assertThat(new String(files.get("indsigt-" + number() + ".json"), "UTF-8"))
				.doesNotContain(this.marks.get("groupNote"));
		}

		@Test
		void isOneZipWithAReadableDanishPdfAndIsoDatesInTheJson() throws Exception {
			Map<String, byte[]> files = download("koordinator", null);
			assertThat(files.keySet()).containsExactlyInAnyOrder("indsigt-" + number() + ".pdf",
					"indsigt-" + number() + ".json");
			String pdf = text(files.get("indsigt-" + number() + ".pdf"));
			String danishDate = DateTimeFormatter.ofPattern("dd.MM.yyyy").format(today().minusDays(5));
			assertThat(pdf)
				.contains("Alle oplysninger, vi har om dig", "Samtykker og deres historik", "Forløb",
						"Samtaler og kontakter", "Gruppemøder", "CHIME-målinger", "Citater og observationer",
						"Hvem har set dine oplysninger", this.alias, this.marks.get("note"), this.marks.get("goals"),
						this.marks.get("quote"), danishDate, "Trukket tilbage den", "Til stede", "Søskende", "Bro til")
				.doesNotContain(this.marks.get("groupNote"));

			JsonNode json = JsonMapper.shared().readTree(files.get("indsigt-" + number() + ".json"));
			assertThat(json.get("document").asString()).isEqualTo("SUBJECT_ACCESS_EXPORT");
			assertThat(json.get("recipient").get(0).get("referralDate").asString())
				.isEqualTo(LocalDate.parse(json.get("recipient").get(0).get("referralDate").asString()).toString());
			assertThat(json.get("producedAt").asString())
				.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d");
			assertThat(json.get("contacts").get(0).get("chimeThemes").get(0).asString()).isEqualTo("HOPE");

			String english = text(download("koordinator", "en").get("indsigt-" + number() + ".pdf"));
			assertThat(english).contains("All the information we hold about you", "Consents and their history",
					danishDate);
		}

		@Test
		void isAuditedAndListsItsOwnProduction() throws Exception {
			Map<String, byte[]> files = download("koordinator", null);
			long export = jdbc.sql("""
					select max(id) from audit_event where action = 'EXPORT' and outcome = 'SUCCESS'
					and entity_type = 'RECIPIENT' and entity_id = ? and detail = 'SUBJECT_ACCESS;FORMAT=ZIP'
					and actor_username = 'koordinator'
					""").param(String.valueOf(this.recipient)).query(Long.class).single();
			JsonNode json = JsonMapper.shared().readTree(files.get("indsigt-" + number() + ".json"));
			JsonNode log = json.get("accessLog");
			assertThat(log.get(log.size() - 1).get("id").asLong()).isEqualTo(export);
			assertThat(log.get(log.size() - 1).get("action").asString()).isEqualTo("EXPORT");
		}

		@Test
		void theRecipientsPageLinksToIt() throws Exception {
			assertThat(mvc.perform(get("/recipients/" + this.recipient).with(as("koordinator")))
				.andReturn()
				.getResponse()
				.getContentAsString()).contains("href=\"" + path(this.recipient) + "\"");
		}

		@Nested
		class NobodyElse {

			@Test
			void anotherOrganisationsCoordinatorFindsNothing() throws Exception {
				mvc.perform(get(path(recipient)).with(as("koordinator.aarhus"))).andExpect(status().isNotFound());
				assertThat(data.audited(recipient, "EXPORT", "DENIED", "koordinator.aarhus")).isEqualTo(1);
				assertThat(data.audited(recipient, "EXPORT", "SUCCESS", "koordinator.aarhus")).isZero();
			}

			@Test
			void aPeerWorkerOfTheRecipientsCourseIsRefused() throws Exception {
				data.assign(recipient, data.peerWorkerOfUser("peer", KOBENHAVN));
				mvc.perform(get("/recipients/" + recipient).with(as("peer"))).andExpect(status().isOk());
				mvc.perform(get(path(recipient)).with(as("peer"))).andExpect(status().isForbidden());
				assertThat(data.audited(recipient, "EXPORT", "DENIED", "peer")).isEqualTo(1);
			}

			@ParameterizedTest
			@ValueSource(strings = { "leder", "admin", "auditor" })
			void otherRolesAreRefused(String username) throws Exception {
				mvc.perform(get(path(recipient)).with(as(username))).andExpect(status().isForbidden());
				assertThat(data.audited(recipient, "EXPORT", "SUCCESS", username)).isZero();
			}

			@ParameterizedTest
			@ValueSource(strings = { "leder", "admin" })
			void theRefusalIsAudited(String username) throws Exception {
				mvc.perform(get(path(recipient)).with(as(username))).andExpect(status().isForbidden());
				assertThat(data.audited(recipient, "EXPORT", "DENIED", username)).isEqualTo(1);
			}

		}

		String number() {
			return jdbc.sql("select internal_number from recipient where id = ?")
				.param(this.recipient)
				.query(String.class)
				.single();
		}

		Map<String, byte[]> download(String username, String lang) throws Exception {
			var request = get(path(this.recipient)).with(as(username));
			if (lang != null) {
				request.param("lang", lang);
			}
			byte[] zip = mvc.perform(request)
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "application/zip"))
				.andExpect(header().string("Cache-Control", "no-store"))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			Map<String, byte[]> files = new LinkedHashMap<>();
			try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
				for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
					files.put(entry.getName(), in.readAllBytes());
				}
			}
			return files;
		}

	}

	static List<String> texts(JsonNode array, String field) {
		return StreamSupport.stream(array.spliterator(), false)
			.map((node) -> node.get(field))
			.filter((value) -> value != null && !value.isNull())
			.map(JsonNode::asString)
			.toList();
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
