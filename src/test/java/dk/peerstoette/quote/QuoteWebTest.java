package dk.peerstoette.quote;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dk.peerstoette.DateFields;
import dk.peerstoette.IntegrationTest;
import dk.peerstoette.account.StaffAccountService;
import dk.peerstoette.instrument.ChimeDimension;
import dk.peerstoette.quote.QuoteFixtures.Recipient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static dk.peerstoette.quote.QuoteFixtures.AARHUS;
import static dk.peerstoette.quote.QuoteFixtures.COPENHAGEN;
import static dk.peerstoette.quote.QuoteFixtures.REGION;
import static dk.peerstoette.quote.QuoteFixtures.TODAY;
import static dk.peerstoette.quote.QuoteFixtures.submit;
import static dk.peerstoette.quote.QuoteFixtures.tag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Quotes through the web: recording, the consent-gated recipient link, forms that come
 * back with every value, who sees and changes what, the list's filters, editing with the
 * version, and soft deletion.
 */
@IntegrationTest
class QuoteWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	StaffAccountService accounts;

	QuoteFixtures data;

	String tag;

	@BeforeEach
	void fixtures() {
		data = new QuoteFixtures(jdbc, users);
		tag = tag();
	}

	@SuppressWarnings("unchecked")
	Page<QuoteListItem> list(String username, String... params) throws Exception {
		MockHttpServletRequestBuilder request = get("/quotes").param("q", tag).with(data.as(username));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		MvcResult result = mvc.perform(request).andExpect(status().isOk()).andReturn();
		return (Page<QuoteListItem>) result.getModelAndView().getModel().get("page");
	}

	List<String> texts(Page<QuoteListItem> page) {
		return page.getContent().stream().map(QuoteListItem::text).toList();
	}

	@Nested
	class Recording {

		@Test
		void aCoordinatorRecordsAQuoteWithItsDimensionsAndItIsAudited() throws Exception {
			mvc.perform(submit("/quotes", data.form(tag + " det giver håb"), "dimensions", "HOPE")
				.param("dimensions", "MEANING")
				.with(data.as("koordinator"))).andExpect(redirectedUrl("/quotes"));
			Map<String, Object> row = data.row(tag);
			assertThat(row.get("kind")).isEqualTo("QUOTE");
			assertThat(row.get("organisation_id")).isEqualTo(data.organisation(COPENHAGEN));
			assertThat(row.get("unit_id")).isEqualTo(data.unit(COPENHAGEN, 0));
			assertThat(row.get("recorded_on").toString()).isEqualTo(TODAY.minusDays(3).toString());
			assertThat(row).containsEntry("chime_hope", true)
				.containsEntry("chime_meaning", true)
				.containsEntry("chime_connection", false)
				.containsEntry("chime_identity", false)
				.containsEntry("chime_empowerment", false);
			assertThat(row.get("recipient_id")).isNull();
			assertThat(row.get("created_by")).isEqualTo(data.userId("koordinator"));
			assertThat(data.audited("QUOTE", row.get("id"), "CREATE", "SUCCESS", "koordinator")).isEqualTo(1);
		}

		@Test
		void aPeerWorkerRecordsAnObservationForTheirOrganisation() throws Exception {
			mvc.perform(
					submit("/quotes", data.form(tag + " tog selv ordet"), "kind", "OBSERVATION").with(data.as("peer")))
				.andExpect(redirectedUrl("/quotes"));
			assertThat(data.row(tag)).containsEntry("kind", "OBSERVATION")
				.containsEntry("created_by", data.userId("peer"));
		}

		@Test
		void theFormHintsToLeaveOutNamesAndOffersEveryDimension() throws Exception {
			mvc.perform(get("/quotes/new").with(data.as("peer")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Skriv uden navne")))
				.andExpect(content().string(containsString("Husk at anonymisere")))
				.andExpect(content().string(containsString("value=\"EMPOWERMENT\"")))
				.andExpect(content().string(containsString("/js/combobox")));
		}

	}

	@Nested
	class RecipientLink {

		@Test
		void aRecipientWhoConsentsIsLinked() throws Exception {
			Recipient recipient = data.consenting(COPENHAGEN, "Alias " + tag);
			mvc.perform(submit("/quotes", data.form(tag), "recipientNumber", recipient.number().toLowerCase())
				.with(data.as("koordinator"))).andExpect(redirectedUrl("/quotes"));
			assertThat(data.row(tag).get("recipient_id")).isEqualTo(recipient.id());
		}

		@Test
		void aRecipientWithoutTheConsentIsAFieldErrorAndNothingIsSaved() throws Exception {
			Recipient recipient = data.recipient(COPENHAGEN, "Alias " + tag);
			expectRecipientError(recipient.number(), "quote.recipient.noConsent");
		}

		@Test
		void aConsentWithdrawnBeforeTheDayIsAFieldError() throws Exception {
			Recipient recipient = data.recipient(COPENHAGEN, "Alias " + tag);
			data.consent(recipient.id(), "ANONYMISED_QUOTES", TODAY.minusYears(1), TODAY.minusDays(10));
			expectRecipientError(recipient.number(), "quote.recipient.noConsent");
		}

		@Test
		void aConsentWithdrawnSinceTheDayIsAFieldErrorToo() throws Exception {
			// Said 3 days ago while the consent held; withdrawn yesterday: no new link.
			Recipient recipient = data.recipient(COPENHAGEN, "Alias " + tag);
			data.consent(recipient.id(), "ANONYMISED_QUOTES", TODAY.minusYears(1), TODAY.minusDays(1));
			expectRecipientError(recipient.number(), "quote.recipient.noConsent");
		}

		@Test
		void aConsentGivenAfterTheDayIsAFieldError() throws Exception {
			Recipient recipient = data.recipient(COPENHAGEN, "Alias " + tag);
			data.consent(recipient.id(), "ANONYMISED_QUOTES", TODAY.minusDays(1), null);
			expectRecipientError(recipient.number(), "quote.recipient.noConsent");
		}

		@Test
		void aRecipientOfAnotherOrganisationIsUnknown() throws Exception {
			Recipient recipient = data.consenting(AARHUS, "Alias " + tag);
			expectRecipientError(recipient.number(), "quote.recipient.unknown");
		}

		@Test
		void aPeerWorkerLinksOnlyARecipientAssignedToThem() throws Exception {
			Recipient unassigned = data.consenting(COPENHAGEN, "Alias " + tag + " u");
			mvc.perform(submit("/quotes", data.form(tag), "recipientNumber", unassigned.number()).with(data.as("peer")))
				.andExpect(status().isOk())
				.andExpect(
						model().attributeHasFieldErrorCode("quoteForm", "recipientNumber", "quote.recipient.unknown"));
			Recipient assigned = data.consenting(COPENHAGEN, "Alias " + tag + " a");
			data.assign(assigned.id(), "peer", COPENHAGEN);
			mvc.perform(submit("/quotes", data.form(tag), "recipientNumber", assigned.number()).with(data.as("peer")))
				.andExpect(redirectedUrl("/quotes"));
			assertThat(data.row(tag).get("recipient_id")).isEqualTo(assigned.id());
		}

		@Test
		void theSearchOffersRecipientsInScopeWithTheirConsent() throws Exception {
			Recipient consenting = data.consenting(COPENHAGEN, "Søg " + tag + " a");
			data.recipient(COPENHAGEN, "Søg " + tag + " b");
			data.consenting(AARHUS, "Søg " + tag + " c");
			mvc.perform(get("/recipients/search").param("q", tag)
				.param("consent", "ANONYMISED_QUOTES")
				.with(data.as("koordinator")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.length()").value(2))
				.andExpect(jsonPath("$[0].number").value(consenting.number()))
				.andExpect(jsonPath("$[0].flagged").value(false))
				.andExpect(jsonPath("$[1].flagged").value(true));
			mvc.perform(get("/recipients/search").param("q", tag).with(data.as("leder")))
				.andExpect(status().isForbidden());
		}

		private void expectRecipientError(String number, String code) throws Exception {
			mvc.perform(submit("/quotes", data.form(tag), "recipientNumber", number).with(data.as("koordinator")))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("quoteForm", "recipientNumber", code))
				.andExpect(content().string(containsString("value=\"" + number + "\"")));
			assertThat(data.count(tag)).isZero();
		}

	}

	@Nested
	class KeptValues {

		@Test
		void aFormWithErrorsComesBackWithEveryValueAndSavesNothing() throws Exception {
			String tomorrow = TODAY.plusDays(1).toString();
			mvc.perform(submit("/quotes", data.form(tag + " ord for ord"), "dimensions", "", "recordedOn", tomorrow,
					"kind", "OBSERVATION", "recipientNumber", "R-NOPE")
				.with(data.as("koordinator")))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("quoteForm", "recordedOn", "quote.recordedOn.future"))
				.andExpect(model().attributeHasFieldErrorCode("quoteForm", "dimensions", "quote.dimensions.required"))
				.andExpect(
						model().attributeHasFieldErrorCode("quoteForm", "recipientNumber", "quote.recipient.unknown"))
				.andExpect(content().string(containsString(tag + " ord for ord</textarea>")))
				.andExpect(content().string(containsString("value=\"" + DateFields.danish(TODAY.plusDays(1)) + "\"")))
				.andExpect(content().string(containsString("value=\"R-NOPE\"")))
				.andExpect(content()
					.string(containsString("value=\"OBSERVATION\" id=\"kind2\" name=\"kind\" checked=\"checked\"")))
				.andExpect(content().string(containsString("Vælg mindst én dimension.")));
			assertThat(data.count(tag)).isZero();
		}

		@Test
		void aTooLongTextOrACprNumberIsRefusedNextToTheText() throws Exception {
			mvc.perform(submit("/quotes", data.form(tag + "x".repeat(500))).with(data.as("koordinator")))
				.andExpect(model().attributeHasFieldErrorCode("quoteForm", "text", "Size"));
			mvc.perform(submit("/quotes", data.form(tag + " født 010190-1234")).with(data.as("koordinator")))
				.andExpect(model().attributeHasFieldErrorCode("quoteForm", "text", "quote.text.identifying"));
			// However it is written: full-width digits, a non-breaking hyphen, dots.
			for (String written : List.of("０１０１９０－１２３４", "010190\u20111234", "01.01.90.1234")) {
				mvc.perform(submit("/quotes", data.form(tag + " født " + written), "cprConfirmed", "true")
					.with(data.as("koordinator")))
					.andExpect(model().attributeHasFieldErrorCode("quoteForm", "text", "quote.text.identifying"));
			}
			assertThat(data.count(tag)).isZero();
		}

		@Test
		void aUnitOfAnotherOrganisationIsRefused() throws Exception {
			mvc.perform(submit("/quotes", data.form(tag), "unitId", String.valueOf(data.unit(AARHUS, 0)))
				.with(data.as("koordinator")))
				.andExpect(model().attributeHasFieldErrorCode("quoteForm", "unitId", "quote.unit.unknown"));
			assertThat(data.count(tag)).isZero();
		}

	}

	@Nested
	class Scope {

		@Test
		void anotherOrganisationsQuoteIs404ForEveryChange() throws Exception {
			long id = data.quote(COPENHAGEN, "QUOTE", tag, TODAY, "HOPE", null);
			long version = 0;
			mvc.perform(get("/quotes/{id}/edit", id).with(data.as("koordinator.aarhus")))
				.andExpect(status().isNotFound());
			mvc.perform(submit("/quotes/" + id + "/edit", data.form(tag + " changed"), "version", "0")
				.with(data.as("peer.aarhus"))).andExpect(status().isNotFound());
			mvc.perform(post("/quotes/{id}/delete", id).param("version", String.valueOf(version))
				.with(csrf())
				.with(data.as("koordinator.aarhus"))).andExpect(status().isNotFound());
			assertThat(data.row(tag)).containsEntry("text", tag).containsEntry("deleted_at", null);
			assertThat(data.audited("QUOTE", id, "READ", "DENIED", "koordinator.aarhus")).isEqualTo(1);
			assertThat(list("koordinator.aarhus").getTotalElements()).isZero();
		}

		@Test
		void aManagerReadsThePartnershipsQuotesWithoutAnyRecipient() throws Exception {
			Recipient recipient = data.consenting(COPENHAGEN, "Alias " + tag);
			data.quote(COPENHAGEN, "QUOTE", tag + " kbh", TODAY.minusDays(1), "HOPE", recipient.id());
			data.quote(REGION, "OBSERVATION", tag + " region", TODAY.minusDays(2), "IDENTITY", null);
			data.quote(AARHUS, "QUOTE", tag + " aarhus", TODAY.minusDays(3), "HOPE", null);
			Page<QuoteListItem> page = list("leder");
			assertThat(texts(page)).containsExactly(tag + " kbh", tag + " region");
			assertThat(page.getContent()).extracting(QuoteListItem::organisationName)
				.containsExactly(COPENHAGEN, REGION);
			assertThat(page.getContent()).allSatisfy((item) -> {
				assertThat(item.recipient()).isNull();
				assertThat(item.changeable()).isFalse();
			});
			mvc.perform(get("/quotes").param("q", tag).with(data.as("leder")))
				.andExpect(content().string(not(containsString(recipient.number()))))
				.andExpect(content().string(not(containsString(recipient.alias()))))
				.andExpect(content().string(not(containsString("/quotes/new"))))
				.andExpect(content().string(not(containsString("/edit"))));
		}

		@Test
		void aManagerCannotRecordChangeOrDelete() throws Exception {
			long id = data.quote(REGION, "QUOTE", tag, TODAY, "HOPE", null);
			mvc.perform(get("/quotes/new").with(data.as("leder"))).andExpect(status().isForbidden());
			mvc.perform(submit("/quotes", data.form(tag + " new")).with(data.as("leder")))
				.andExpect(status().isForbidden());
			mvc.perform(get("/quotes/{id}/edit", id).with(data.as("leder"))).andExpect(status().isForbidden());
			mvc.perform(submit("/quotes/" + id + "/edit", data.form(tag + " changed"), "version", "0")
				.with(data.as("leder"))).andExpect(status().isForbidden());
			mvc.perform(post("/quotes/{id}/delete", id).param("version", "0").with(csrf()).with(data.as("leder")))
				.andExpect(status().isForbidden());
			assertThat(data.count(tag)).isEqualTo(1);
			assertThat(data.row(tag)).containsEntry("text", tag).containsEntry("deleted_at", null);
		}

		@Test
		void aPeerWorkerChangesOnlyTheQuotesTheyRecordedACoordinatorAnyOfTheOrganisation() throws Exception {
			String colleague = data.newPeerWorker(COPENHAGEN);
			long theirs = data.quoteBy(colleague, COPENHAGEN, tag + " theirs");
			long mine = data.quoteBy("peer", COPENHAGEN, tag + " mine");
			mvc.perform(get("/quotes/{id}/edit", theirs).with(data.as("peer"))).andExpect(status().isNotFound());
			mvc.perform(submit("/quotes/" + theirs + "/edit", data.form(tag + " theirs changed"), "version", "0")
				.with(data.as("peer"))).andExpect(status().isNotFound());
			mvc.perform(post("/quotes/{id}/delete", theirs).param("version", "0").with(csrf()).with(data.as("peer")))
				.andExpect(status().isNotFound());
			assertThat(data.row(tag + " theirs")).containsEntry("text", tag + " theirs")
				.containsEntry("version", 0L)
				.containsEntry("deleted_at", null);
			assertThat(data.audited("QUOTE", theirs, "READ", "DENIED", "peer")).isEqualTo(1);
			assertThat(data.audited("QUOTE", theirs, "UPDATE", "DENIED", "peer")).isEqualTo(1);
			assertThat(data.audited("QUOTE", theirs, "DELETE", "DENIED", "peer")).isEqualTo(1);
			// The list shows the colleague's quote, without a way to change it.
			assertThat(list("peer").getContent()).extracting(QuoteListItem::text, QuoteListItem::changeable)
				.containsExactlyInAnyOrder(tuple(tag + " theirs", false), tuple(tag + " mine", true));
			mvc.perform(get("/quotes").param("q", tag).with(data.as("peer")))
				.andExpect(content().string(not(containsString("/quotes/" + theirs + "/edit"))));
			// A coordinator changes and deletes any of the organisation's quotes.
			mvc.perform(submit("/quotes/" + theirs + "/edit", data.form(tag + " theirs edited"), "version", "0")
				.with(data.as("koordinator"))).andExpect(redirectedUrl("/quotes"));
			mvc.perform(
					post("/quotes/{id}/delete", mine).param("version", "0").with(csrf()).with(data.as("koordinator")))
				.andExpect(redirectedUrl("/quotes"));
			assertThat(data.row(tag + " theirs edited")).containsEntry("version", 1L);
			assertThat(data.row(tag + " mine").get("deleted_at")).isNotNull();
		}

		@Test
		void anAdministratorReadsNoQuotes() throws Exception {
			mvc.perform(get("/quotes").with(data.as("admin"))).andExpect(status().isForbidden());
		}

		@Test
		void aPeerWorkerSeesOnlyTheirOwnRecipientsLinkAndChangesNoOtherQuoteOfThem() throws Exception {
			Recipient mine = data.consenting(COPENHAGEN, "Mine " + tag);
			Recipient other = data.consenting(COPENHAGEN, "Other " + tag);
			data.assign(mine.id(), "peer", COPENHAGEN);
			data.quoteBy("peer", COPENHAGEN, tag + " mine", mine.id());
			// Recorded by the peer worker too, whose course with this recipient has
			// ended.
			long otherId = data.quoteBy("peer", COPENHAGEN, tag + " other", other.id());
			Page<QuoteListItem> page = list("peer");
			assertThat(page.getContent()).extracting(QuoteListItem::recipient)
				.containsExactly(null, mine.alias() + " (" + mine.number() + ")");
			assertThat(page.getContent()).extracting(QuoteListItem::changeable).containsExactly(false, true);
			mvc.perform(get("/quotes/{id}/edit", otherId).with(data.as("peer"))).andExpect(status().isForbidden());
			assertThat(list("koordinator").getContent()).extracting(QuoteListItem::recipient)
				.containsExactly(other.alias() + " (" + other.number() + ")",
						mine.alias() + " (" + mine.number() + ")");
		}

	}

	@Nested
	class Filters {

		@BeforeEach
		void quotes() {
			data.quote(COPENHAGEN, "QUOTE", tag + " a", TODAY.minusDays(40), "HOPE,CONNECTION", null);
			data.quote(COPENHAGEN, "OBSERVATION", tag + " b", TODAY.minusDays(20), "HOPE", null);
			data.quote(COPENHAGEN, "QUOTE", tag + " c", TODAY.minusDays(5), "EMPOWERMENT", null);
			data.quote(AARHUS, "QUOTE", tag + " d", TODAY.minusDays(5), "HOPE", null);
		}

		@Test
		void newestFirstByDefault() throws Exception {
			assertThat(texts(list("koordinator"))).containsExactly(tag + " c", tag + " b", tag + " a");
			assertThat(texts(list("koordinator", "sort", "date,asc"))).containsExactly(tag + " a", tag + " b",
					tag + " c");
		}

		@Test
		void byDimension() throws Exception {
			assertThat(texts(list("koordinator", "dimension", "HOPE"))).containsExactly(tag + " b", tag + " a");
			assertThat(texts(list("koordinator", "dimension", "CONNECTION"))).containsExactly(tag + " a");
			assertThat(texts(list("koordinator", "dimension", "MEANING"))).isEmpty();
		}

		@Test
		void byPeriod() throws Exception {
			assertThat(texts(
					list("koordinator", "from", TODAY.minusDays(30).toString(), "to", TODAY.minusDays(10).toString())))
				.containsExactly(tag + " b");
			assertThat(texts(list("koordinator", "from", TODAY.minusDays(20).toString()))).containsExactly(tag + " c",
					tag + " b");
			assertThat(texts(list("koordinator", "to", TODAY.minusDays(20).toString()))).containsExactly(tag + " b",
					tag + " a");
		}

		@Test
		void byKind() throws Exception {
			assertThat(texts(list("koordinator", "kind", "OBSERVATION"))).containsExactly(tag + " b");
			assertThat(texts(list("koordinator", "kind", "QUOTE", "dimension", "HOPE"))).containsExactly(tag + " a");
		}

		@Test
		void byUnit() throws Exception {
			long other = data.unit(COPENHAGEN, 1);
			assertThat(texts(list("koordinator", "unit", String.valueOf(data.unit(COPENHAGEN, 0))))).hasSize(3);
			assertThat(texts(list("koordinator", "unit", String.valueOf(other)))).isEmpty();
		}

		@Test
		void aManagerFiltersAcrossThePartnership() throws Exception {
			assertThat(texts(list("leder", "dimension", "HOPE"))).containsExactly(tag + " b", tag + " a");
			mvc.perform(get("/quotes").param("q", tag).param("dimension", "HOPE").with(data.as("leder")))
				.andExpect(content()
					.string(containsString("value=\"" + ChimeDimension.HOPE + "\" selected=\"selected\"")));
		}

	}

	/**
	 * Quotes as the evaluation attributed them: who said it, the level it speaks to and
	 * the region; a peer worker's or a colleague's words only with their consent,
	 * recorded with its day and who noted it.
	 */
	@Nested
	class Attribution {

		@ParameterizedTest
		@ValueSource(strings = { "PEER_WORKER", "COLLEAGUE" })
		void aPeerWorkersOrAColleaguesWordsWithoutTheirConsentAreRefusedAndNothingIsSaved(String speaker)
				throws Exception {
			mvc.perform(submit("/quotes", data.form(tag), "speaker", speaker, "level", "PEER_WORKER")
				.with(data.as("koordinator")))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("quoteForm", "speakerConsent",
						"quote.speakerConsent.required"))
				.andExpect(model().attributeHasFieldErrorCode("quoteForm", "speakerConsentOn",
						"quote.speakerConsentOn.required"))
				.andExpect(content().string(containsString(
						"En peer-medarbejder eller en medarbejder citeres kun med samtykke. Sæt flueben, når personen har givet det")))
				.andExpect(content().string(containsString(tag + "</textarea>")));
			mvc.perform(submit("/quotes", data.form(tag), "speaker", speaker, "speakerConsent", "true",
					"speakerConsentOn", TODAY.plusDays(1).toString())
				.with(data.as("koordinator")))
				.andExpect(model().attributeHasFieldErrorCode("quoteForm", "speakerConsentOn",
						"quote.speakerConsentOn.future"));
			assertThat(data.count(tag)).isZero();
		}

		@Test
		void aColleaguesConsentIsRecordedWithItsDayAndWhoNotedItAndTheRegionIsWorkedOut() throws Exception {
			mvc.perform(submit("/quotes", data.form(tag + " sproget er anderledes"), "speaker", "COLLEAGUE", "level",
					"ORGANISATION", "speakerConsent", "true", "speakerConsentOn", TODAY.minusDays(4).toString())
				.with(data.as("peer"))).andExpect(redirectedUrl("/quotes"));
			Map<String, Object> row = data.row(tag);
			assertThat(row).containsEntry("speaker", "COLLEAGUE")
				.containsEntry("level", "ORGANISATION")
				.containsEntry("region_id", data.organisation(REGION))
				.containsEntry("speaker_consent_by", data.userId("peer"));
			assertThat(row.get("speaker_consent_on").toString()).isEqualTo(TODAY.minusDays(4).toString());
			assertThat(row.get("speaker_consent_at")).isNotNull();
			assertThat(jdbc.sql("select detail from audit_event where entity_type = 'QUOTE' and entity_id = ?")
				.param(String.valueOf(row.get("id")))
				.query(String.class)
				.single()).isEqualTo("SPEAKER=COLLEAGUE;LEVEL=ORGANISATION");
			// The region is the partnership's: the form says which, and a chosen one is
			// ignored.
			mvc.perform(get("/quotes/new").with(data.as("peer")))
				.andExpect(content().string(allOf(containsString("id=\"quote-region\""),
						containsString("Region: Region Hovedstaden"), not(containsString("name=\"regionId\"")))));
		}

		@Test
		void anOrganisationWhoseRegionCannotBeWorkedOutChoosesIt() throws Exception {
			long organisation = jdbc.sql("insert into organisation (name, kind) values (?, 'NGO') returning id")
				.param("Forening " + tag)
				.query(Long.class)
				.single();
			long unit = jdbc.sql("""
					insert into unit (organisation_id, name, kind, sector) values (?, 'Caféen', 'OTHER', 'MUNICIPAL')
					returning id
					""").param(organisation).query(Long.class).single();
			String coordinator = ("forening." + tag).toLowerCase(java.util.Locale.ROOT);
			accounts.provisionIfAbsent(coordinator, "Forening-Test-Password-2026", "Forening " + tag,
					dk.peerstoette.security.Role.COORDINATOR, organisation, null);
			mvc.perform(get("/quotes/new").with(data.as(coordinator)))
				.andExpect(content()
					.string(allOf(containsString("name=\"regionId\""), containsString("Region Sjælland"))));
			mvc.perform(submit("/quotes", data.form(tag), "unitId", String.valueOf(unit)).with(data.as(coordinator)))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("quoteForm", "regionId", "quote.region.required"));
			long sjaelland = data.organisation("Region Sjælland");
			mvc.perform(submit("/quotes", data.form(tag), "unitId", String.valueOf(unit), "regionId",
					String.valueOf(sjaelland))
				.with(data.as(coordinator))).andExpect(redirectedUrl("/quotes"));
			assertThat(data.row(tag)).containsEntry("region_id", sjaelland);
		}

		@Test
		void theListShowsTheAttributionAsTheEvaluationDidAndFiltersByLevel() throws Exception {
			long recipient = data.quote(COPENHAGEN, "QUOTE", tag + " modtager", TODAY.minusDays(3), "HOPE", null);
			long organisation = data.quote(COPENHAGEN, "QUOTE", tag + " organisation", TODAY.minusDays(2), "HOPE",
					null);
			jdbc.sql("update quote set speaker = 'RECIPIENT', region_id = ? where id = ?")
				.params(data.organisation(REGION), recipient)
				.update();
			jdbc.sql("update quote set speaker = 'MANAGER', level = 'ORGANISATION', region_id = ? where id = ?")
				.params(data.organisation(REGION), organisation)
				.update();
			for (String reader : List.of("koordinator", "leder")) {
				mvc.perform(get("/quotes").param("q", tag).with(data.as(reader)))
					.andExpect(content().string(allOf(containsString("(Peer-støttemodtager, Region Hovedstaden)"),
							containsString("(Leder, Region Hovedstaden)"), containsString("Niveau: Organisationen"))));
				assertThat(texts(list(reader, "level", "ORGANISATION"))).containsExactly(tag + " organisation");
				assertThat(texts(list(reader, "level", "PEER_WORKER"))).isEmpty();
			}
			mvc.perform(get("/quotes").param("q", tag).param("lang", "en").with(data.as("leder")))
				.andExpect(content().string(allOf(containsString("(Peer support recipient, Region Hovedstaden)"),
						containsString("(Manager, Region Hovedstaden)"))));
		}

		/**
		 * The evaluation report lists each dimension's quotes apart by level, attributed:
		 * the demo has quotes at all three.
		 */
		@Test
		void theReportPutsTheDemosQuotesInTheirLevelsChapters() throws Exception {
			String report = mvc
				.perform(get("/dashboard/report").param("period", "CUSTOM")
					.param("from", java.time.YearMonth.from(TODAY.minusMonths(4)).toString())
					.param("to", java.time.YearMonth.from(TODAY).toString())
					.with(data.as("leder")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			// Each level's quotes in its own chapter of the report.
			org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(report);
			assertThat(page.select("section#peer-workers blockquote").text())
				.contains("(Peer-medarbejder, Region Hovedstaden)");
			assertThat(page.select("section#organisations blockquote").text())
				.contains("(Medarbejder, Region Hovedstaden)");
			assertThat(page.select("section.chime blockquote").text()).doesNotContain("(Peer-medarbejder,");
		}

	}

	@Nested
	class Changes {

		@Test
		void anEditSavesTheNewValuesAndMovesTheVersionOn() throws Exception {
			long id = data.quoteBy("peer", COPENHAGEN, tag);
			mvc.perform(get("/quotes/{id}/edit", id).with(data.as("koordinator")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(tag + "</textarea>")));
			mvc.perform(submit("/quotes/" + id + "/edit", data.form(tag + " rettet"), "version", "0", "dimensions",
					"IDENTITY")
				.with(data.as("peer"))).andExpect(redirectedUrl("/quotes"));
			Map<String, Object> row = data.row(tag);
			assertThat(row).containsEntry("text", tag + " rettet")
				.containsEntry("chime_identity", true)
				.containsEntry("chime_hope", false)
				.containsEntry("version", 1L);
			assertThat(data.audited("QUOTE", id, "UPDATE", "SUCCESS", "peer")).isEqualTo(1);
		}

		@Test
		void anEditOfAnOldVersionSavesNothingAndKeepsTheTypedValues() throws Exception {
			long id = data.quote(COPENHAGEN, "QUOTE", tag, TODAY.minusDays(2), "HOPE", null);
			jdbc.sql("update quote set version = 3 where id = ?").param(id).update();
			mvc.perform(submit("/quotes/" + id + "/edit", data.form(tag + " for sent"), "version", "2")
				.with(data.as("koordinator")))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasErrors("quoteForm"))
				.andExpect(content().string(containsString("En anden har gemt ændringer")))
				.andExpect(content().string(containsString(tag + " for sent</textarea>")));
			assertThat(data.row(tag)).containsEntry("text", tag).containsEntry("version", 3L);
		}

		@Test
		void aDeletedQuoteLeavesTheListAndCannotBeEdited() throws Exception {
			long id = data.quoteBy("peer", COPENHAGEN, tag);
			assertThat(list("koordinator").getTotalElements()).isEqualTo(1);
			mvc.perform(post("/quotes/{id}/delete", id).param("version", "0").with(csrf()).with(data.as("peer")))
				.andExpect(redirectedUrl("/quotes"));
			Map<String, Object> row = data.row(tag);
			assertThat(row.get("deleted_at")).isNotNull();
			assertThat(row.get("deleted_by")).isEqualTo(data.userId("peer"));
			assertThat(list("koordinator").getTotalElements()).isZero();
			assertThat(list("leder").getTotalElements()).isZero();
			mvc.perform(get("/quotes/{id}/edit", id).with(data.as("koordinator"))).andExpect(status().isNotFound());
			assertThat(data.audited("QUOTE", id, "DELETE", "SUCCESS", "peer")).isEqualTo(1);
		}

		@Test
		void aDeleteOfAnOldVersionDeletesNothing() throws Exception {
			long id = data.quote(COPENHAGEN, "QUOTE", tag, TODAY.minusDays(2), "HOPE", null);
			jdbc.sql("update quote set version = 1 where id = ?").param(id).update();
			mvc.perform(post("/quotes/{id}/delete", id).param("version", "0").with(csrf()).with(data.as("koordinator")))
				.andExpect(redirectedUrl("/quotes/" + id + "/edit"));
			assertThat(data.row(tag)).containsEntry("deleted_at", null);
		}

	}

}
