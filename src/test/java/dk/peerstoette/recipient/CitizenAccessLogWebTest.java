package dk.peerstoette.recipient;

import java.time.LocalDateTime;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dk.peerstoette.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static dk.peerstoette.recipient.RecipientTestData.KOBENHAVN;
import static dk.peerstoette.recipient.RecipientTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The access log a coordinator produces for a citizen: exactly the accesses to that
 * citizen's record, in Danish time, by organisation and role without names, audited, and
 * for nobody outside the recipient's organisation.
 */
@IntegrationTest
class CitizenAccessLogWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	RecipientTestData data;

	long first;

	long second;

	@BeforeEach
	void seedAccessesToTwoRecipients() throws Exception {
		this.data = new RecipientTestData(this.mvc, this.jdbc, this.users);
		this.first = this.data.createRecipient(unique("AL"), KOBENHAVN);
		this.second = this.data.createRecipient(unique("AL"), KOBENHAVN);
		// Reads of each, a list that shows both, a refused look from another
		// organisation, and a peer worker's refused look.
		this.mvc.perform(get("/recipients/" + this.first).with(as("koordinator"))).andExpect(status().isOk());
		this.mvc.perform(get("/recipients/" + this.second).with(as("koordinator"))).andExpect(status().isOk());
		this.mvc.perform(get("/recipients/" + this.second).with(as("koordinator"))).andExpect(status().isOk());
		this.mvc.perform(get("/recipients").param("q", "AL-").param("size", "100").with(as("koordinator")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/recipients/" + this.first).with(as("koordinator.aarhus")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/recipients/" + this.first).with(as("peer"))).andExpect(status().isNotFound());
	}

	RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	/** The accesses to a recipient's record, read straight from the table. */
	List<Long> auditRowsOf(long recipient) {
		return this.jdbc.sql("""
				select id from audit_event
				where (entity_type = 'RECIPIENT' and entity_id = ?) or shown -> 'RECIPIENT' @> to_jsonb(?::bigint)
				order by occurred_at, id
				""").param(String.valueOf(recipient)).param(recipient).query(Long.class).list();
	}

	CitizenAccessLog produced(long recipient) throws Exception {
		return (CitizenAccessLog) this.mvc
			.perform(get("/recipients/" + recipient + "/access-log").with(as("koordinator")))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("log");
	}

	@Test
	void listsExactlyTheAuditRowsOfThatRecipient() throws Exception {
		CitizenAccessLog log = produced(this.first);
		List<Long> listed = log.lines().stream().map(CitizenAccessLog.Line::auditId).toList();
		assertThat(listed).isEqualTo(auditRowsOf(this.first));

		List<Long> ofSecondOnly = auditRowsOf(this.second).stream().filter((id) -> !listed.contains(id)).toList();
		assertThat(ofSecondOnly).as("the second recipient's own reads").hasSizeGreaterThanOrEqualTo(2);

		// Both refusals are there, as refused.
		assertThat(log.lines().stream().filter(CitizenAccessLog.Line::refused)).hasSizeGreaterThanOrEqualTo(2);
		// Producing it is audited, and listed in itself.
		long production = jdbc.sql("""
				select max(id) from audit_event where action = 'EXPORT' and entity_type = 'RECIPIENT' and entity_id = ?
				and detail = 'ACCESS_LOG;FORMAT=HTML' and actor_username = 'koordinator'
				""").param(String.valueOf(this.first)).query(Long.class).single();
		assertThat(listed).endsWith(production);
	}

	@Test
	void givesDanishTimeOrganisationAndRoleButNoNames() throws Exception {
		CitizenAccessLog log = produced(this.first);
		CitizenAccessLog.Line line = log.lines().get(0);
		LocalDateTime copenhagen = jdbc
			.sql("select occurred_at at time zone 'Europe/Copenhagen' from audit_event where id = ?")
			.param(line.auditId())
			.query(LocalDateTime.class)
			.single();
		assertThat(line.at()).isEqualTo(copenhagen);
		assertThat(log.lines()).allSatisfy((each) -> assertThat(each.staffName()).isNull());

		String html = mvc.perform(get("/recipients/" + this.first + "/access-log").with(as("koordinator")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Hvem har set dine oplysninger")
			.contains("Koordinator, Københavns Kommune")
			.contains("Koordinator, Aarhus Kommune")
			.doesNotContain("Karen Koordinator")
			.doesNotContain("Anders Koordinator")
			.doesNotContain("Peter Peer");
		assertThat(mvc
			.perform(get("/recipients/" + this.first + "/access-log").param("lang", "en").with(as("koordinator")))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Who has looked at your information");
	}

	@Test
	void isAPdfToHandOverAndItsProductionIsAudited() throws Exception {
		byte[] pdf = mvc.perform(get("/recipients/" + this.first + "/access-log.pdf").with(as("koordinator")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Hvem har set dine oplysninger")
				.contains("Københavns Kommune")
				.doesNotContain("Karen Koordinator");
		}
		assertThat(jdbc.sql("""
				select count(*) from audit_event where action = 'EXPORT' and entity_type = 'RECIPIENT' and entity_id = ?
				and detail = 'ACCESS_LOG;FORMAT=PDF'
				""").param(String.valueOf(this.first)).query(Long.class).single()).isEqualTo(1);
	}

	@Nested
	class OutsideTheRecipientsOrganisation {

		@ParameterizedTest
		@ValueSource(strings = { "koordinator.aarhus", "admin", "leder" })
		void nobodyElseProducesIt(String username) throws Exception {
			mvc.perform(get("/recipients/" + first + "/access-log").with(as(username)))
				.andExpect(status().isNotFound());
			mvc.perform(get("/recipients/" + first + "/access-log.pdf").with(as(username)))
				.andExpect(status().isNotFound());
			assertThat(data.audited(first, "EXPORT", "DENIED", username)).isEqualTo(2);
			assertThat(data.audited(first, "EXPORT", "SUCCESS", username)).isZero();
		}

		@Test
		void aPeerWorkerIsRefused() throws Exception {
			mvc.perform(get("/recipients/" + first + "/access-log").with(as("peer"))).andExpect(status().isForbidden());
		}

	}

}
