package dk.peerstoette.recipient;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.peerstoette.DateFields;
import dk.peerstoette.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static dk.peerstoette.recipient.RecipientTestData.AARHUS;
import static dk.peerstoette.recipient.RecipientTestData.KOBENHAVN;
import static dk.peerstoette.recipient.RecipientTestData.today;
import static dk.peerstoette.recipient.RecipientTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
@WithUserDetails("koordinator")
class RecipientWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	RecipientTestData data;

	@BeforeEach
	void setUp() {
		this.data = new RecipientTestData(this.mvc, this.jdbc, this.users);
	}

	@Nested
	class Create {

		@Test
		void createsARecipientWithAnInternalNumberAndTheConsentToRegistration() throws Exception {
			String alias = unique("AB");
			long id = RecipientTestData
				.idFrom(mvc.perform(data.newRecipient(alias, KOBENHAVN, "externalReference", "J-2024-77"))
					.andExpect(redirectedUrlPattern("/recipients/*"))
					.andExpect(flash().attribute("success", "recipient.created"))
					.andReturn());

			var row = jdbc
				.sql("select internal_number, organisation_id, gender, birth_year, external_reference "
						+ "from recipient where id = ?")
				.param(id)
				.query()
				.singleRow();
			assertThat((String) row.get("internal_number")).matches("R-\\d{6}");
			assertThat(row.get("organisation_id")).isEqualTo(data.organisationId(KOBENHAVN));
			assertThat(row.get("gender")).isEqualTo("FEMALE");
			assertThat(row.get("birth_year")).isEqualTo(1985);
			assertThat(row.get("external_reference")).isEqualTo("J-2024-77");
			var consent = jdbc
				.sql("select kind, given_on, method, expires_on, withdrawn_on from consent " + "where recipient_id = ?")
				.param(id)
				.query()
				.singleRow();
			assertThat(consent.get("kind")).isEqualTo("REGISTRATION");
			assertThat(consent.get("given_on").toString()).isEqualTo(today().minusDays(1).toString());
			assertThat(consent.get("method")).isEqualTo("WRITTEN");
			assertThat(consent.get("expires_on")).isNull();
			assertThat(data.audited(id, "CREATE", "SUCCESS", "koordinator")).isEqualTo(1);

			mvc.perform(get("/recipients/{id}", id))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(alias)))
				.andExpect(content().string(containsString((String) row.get("internal_number"))))
				.andExpect(content().string(containsString("Registrering")))
				.andExpect(content().string(containsString("Gældende")))
				.andExpect(content().string(containsString("Behandlingspsykiatrien")))
				.andExpect(content().string(containsString("Serviceloven § 85")));
			assertThat(data.audited(id, "READ", "SUCCESS", "koordinator")).isEqualTo(1);
		}

		@Test
		void internalNumbersAreNewForEveryRecipient() throws Exception {
			long first = data.createRecipient(unique("CD"), KOBENHAVN);
			long second = data.createRecipient(unique("CD"), KOBENHAVN);
			List<String> numbers = jdbc.sql("select internal_number from recipient where id in (?, ?)")
				.param(first)
				.param(second)
				.query(String.class)
				.list();
			assertThat(numbers).doesNotHaveDuplicates().hasSize(2);
		}

		@Test
		void theFormOffersTheCoordinatorsUnitsAndTheManagedLists() throws Exception {
			mvc.perform(get("/recipients/new"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Botilbuddet Lindegården")))
				.andExpect(content().string(not(containsString("Recovery-skolen Aarhus"))))
				.andExpect(content().string(containsString("Mentorstøtte før udskrivelse")))
				.andExpect(content().string(containsString("Egen læge")))
				.andExpect(content().string(containsString("Ikke oplyst")))
				.andExpect(content().string(not(containsString("CPR-nummer\""))));
		}

	}

	@Nested
	class BadInput {

		@Test
		void eachBadFieldGetsItsMessageAndEveryTypedValueIsKept() throws Exception {
			String reference = unique("REF");
			mvc.perform(data.newRecipient("   ", KOBENHAVN, "externalReference", reference, "birthYear", "1800",
					"gender", "OTHER", "referralDate", today().plusDays(3).toString(), "consentGivenOn",
					today().plusDays(1).toString(), "consentMethod", "VERBAL", "consentExpiresOn",
					today().plusYears(1).toString()))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("recipientForm", "alias", "NotBlank"))
				.andExpect(
						model().attributeHasFieldErrorCode("recipientForm", "birthYear", "recipient.birthYear.range"))
				.andExpect(model().attributeHasFieldErrorCode("recipientForm", "referralDate", "recipient.date.future"))
				.andExpect(
						model().attributeHasFieldErrorCode("recipientForm", "consentGivenOn", "recipient.date.future"))
				.andExpect(content().string(containsString("value=\"" + reference + "\"")))
				.andExpect(content().string(containsString("value=\"1800\"")))
				.andExpect(content().string(containsString("value=\"" + DateFields.danish(today().plusDays(3)) + "\"")))
				.andExpect(
						content().string(containsString("value=\"" + DateFields.danish(today().plusYears(1)) + "\"")))
				.andExpect(content().string(containsString("value=\"OTHER\" selected")))
				.andExpect(content().string(containsString("id=\"consentMethod2\" name=\"consentMethod\" checked")))
				.andExpect(content().string(containsString("id=\"alias-error\"")))
				.andExpect(content().string(containsString("Datoen kan ikke ligge i fremtiden")));
			assertThat(jdbc.sql("select count(*) from recipient where external_reference = ?")
				.param(reference)
				.query(Long.class)
				.single()).isZero();
		}

		@Test
		void anAliasOrReferenceThatLooksLikeACprNumberIsRefused() throws Exception {
			for (String cpr : List.of("010190-1234", "0101901234", "AB 010190 1234", "０１０１９０－１２３４", "010190\u20111234",
					"01.01.90/1234", "010190.1234")) {
				mvc.perform(data.newRecipient(cpr, KOBENHAVN))
					.andExpect(status().isOk())
					.andExpect(model().attributeHasFieldErrorCode("recipientForm", "alias", "recipient.alias.cprLike"))
					.andExpect(content().string(containsString("Det ligner et CPR-nummer")))
					.andExpect(content().string(containsString("value=\"" + cpr + "\"")));
				assertThat(data.countRecipients(cpr)).isZero();
			}
			String alias = unique("EF");
			mvc.perform(data.newRecipient(alias, KOBENHAVN, "externalReference", "J 3112992345"))
				.andExpect(model().attributeHasFieldErrorCode("recipientForm", "externalReference",
						"recipient.externalReference.cprLike"));
			assertThat(data.countRecipients(alias)).isZero();
		}

		@Test
		void aUnitOfAnotherOrganisationIsRefused() throws Exception {
			String alias = unique("GH");
			mvc.perform(data.newRecipient(alias, KOBENHAVN, "unitId", String.valueOf(data.unitId(AARHUS, 0))))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("recipientForm", "unitId", "recipient.unit.unknown"))
				.andExpect(content().string(containsString("value=\"" + alias + "\"")));
			assertThat(data.countRecipients(alias)).isZero();
		}

		@Test
		void aReferralSourceIsNotATargetGroup() throws Exception {
			String alias = unique("GH");
			mvc.perform(data.newRecipient(alias, KOBENHAVN, "targetGroupId",
					String.valueOf(data.lookupId("REFERRAL_SOURCE", "GP"))))
				.andExpect(model().attributeHasFieldErrorCode("recipientForm", "targetGroupId",
						"recipient.targetGroup.unknown"));
			assertThat(data.countRecipients(alias)).isZero();
		}

		@Test
		void theConsentNeedsADateAndAWayAndCannotExpireBeforeItWasGiven() throws Exception {
			String alias = unique("IJ");
			mvc.perform(data.newRecipient(alias, KOBENHAVN, "consentGivenOn", "", "consentMethod", ""))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("recipientForm", "consentGivenOn",
						"recipient.date.required"))
				.andExpect(model().attributeHasFieldErrorCode("recipientForm", "consentMethod", "NotNull"));
			mvc.perform(data.newRecipient(alias, KOBENHAVN, "consentExpiresOn", today().minusDays(5).toString()))
				.andExpect(model().attributeHasFieldErrorCode("recipientForm", "consentExpiresOn",
						"recipient.consent.expiryBeforeGiven"));
			assertThat(data.countRecipients(alias)).isZero();
			assertThat(jdbc
				.sql("select count(*) from consent c join recipient r on r.id = c.recipient_id " + "where r.alias = ?")
				.param(alias)
				.query(Long.class)
				.single()).isZero();
		}

		@Test
		void aValueThatIsNotANumberGetsAMessageAndTheOtherValuesAreKept() throws Exception {
			String alias = unique("KL");
			// A browser sends nothing but digits from a number field; anything else is
			// refused.
			mvc.perform(data.newRecipient(alias, KOBENHAVN, "birthYear", "nitten"))
				.andExpect(model().attributeHasFieldErrorCode("recipientForm", "birthYear", "typeMismatch"))
				.andExpect(content().string(containsString("id=\"birthYear-error\">Ugyldig værdi.")))
				.andExpect(content().string(containsString("value=\"" + alias + "\"")));
			assertThat(data.countRecipients(alias)).isZero();
		}

	}

	@Nested
	class Listing {

		String token;

		long anna;

		long bo;

		long cille;

		@BeforeEach
		void threeRecipients() throws Exception {
			token = unique("L").replace("-", "");
			anna = data.create(data.newRecipient(token + " Anna", KOBENHAVN, "externalReference", token + "-J1",
					"referralDate", today().minusDays(3).toString()), KOBENHAVN);
			bo = data
				.create(data.newRecipient(token + " Bo", KOBENHAVN, "unitId", String.valueOf(data.unitId(KOBENHAVN, 1)),
						"targetGroupId", String.valueOf(data.lookupId("TARGET_GROUP", "OPUS")), "referralDate",
						today().minusDays(20).toString()), KOBENHAVN);
			cille = data.create(
					data.newRecipient(token + " Cille", KOBENHAVN, "referralDate", today().minusDays(9).toString()),
					KOBENHAVN);
		}

		@Test
		void searchesByAliasNumberOrExternalReferenceAndCounts() throws Exception {
			mvc.perform(get("/recipients").param("q", token.toLowerCase()))
				.andExpect(status().isOk())
				.andExpect(model().attribute("page", hasProperty("totalElements", equalTo(3L))))
				.andExpect(content().string(containsString("3 fundet")));
			mvc.perform(get("/recipients").param("q", number(bo)))
				.andExpect(model().attribute("page", hasProperty("totalElements", equalTo(1L))))
				.andExpect(content().string(containsString(token + " Bo")));
			mvc.perform(get("/recipients").param("q", token + "-j1"))
				.andExpect(model().attribute("page", hasProperty("totalElements", equalTo(1L))))
				.andExpect(content().string(containsString(token + " Anna")));
		}

		@Test
		void aSearchIsAuditedWithTheNumberOfResults() throws Exception {
			long before = searches();
			mvc.perform(get("/recipients").param("q", token));
			assertThat(searches()).isEqualTo(before + 1);
			assertThat(jdbc
				.sql("select detail from audit_event where entity_type = 'RECIPIENT' and action = 'SEARCH' "
						+ "and actor_username = 'koordinator' order by id desc limit 1")
				.query(String.class)
				.single()).isEqualTo("RESULTS=3");
		}

		@Test
		void filtersByUnitAndTargetGroup() throws Exception {
			mvc.perform(get("/recipients").param("q", token).param("unit", String.valueOf(data.unitId(KOBENHAVN, 1))))
				.andExpect(model().attribute("page", hasProperty("totalElements", equalTo(1L))))
				.andExpect(content().string(containsString(token + " Bo")));
			mvc.perform(get("/recipients").param("q", token)
				.param("targetGroup", String.valueOf(data.lookupId("TARGET_GROUP", "SEL85"))))
				.andExpect(model().attribute("page", hasProperty("totalElements", equalTo(2L))))
				.andExpect(content().string(not(containsString(token + " Bo"))));
		}

		@Test
		void filtersByPeerWorker() throws Exception {
			long peerWorker = data.newPeerWorker(KOBENHAVN);
			data.assign(cille, peerWorker);
			mvc.perform(get("/recipients").param("q", token).param("peerWorker", String.valueOf(peerWorker)))
				.andExpect(model().attribute("page", hasProperty("totalElements", equalTo(1L))))
				.andExpect(content().string(containsString(token + " Cille")));
			long nobody = data.newPeerWorker(KOBENHAVN);
			mvc.perform(get("/recipients").param("q", token).param("peerWorker", String.valueOf(nobody)))
				.andExpect(model().attribute("page", hasProperty("totalElements", equalTo(0L))))
				.andExpect(content().string(containsString("Ingen modtagere matcher søgningen")));
		}

		@Test
		void filtersByWhetherTheConsentToRegistrationHolds() throws Exception {
			long consent = registrationConsentOf(anna);
			mvc.perform(post("/recipients/{id}/consents/{c}/withdraw", anna, consent).with(csrf())
				.param("withdrawnOn", today().toString())
				.param("version", "0")).andExpect(redirectedUrl("/recipients/" + anna));
			mvc.perform(get("/recipients").param("q", token).param("consent", "MISSING"))
				.andExpect(model().attribute("page", hasProperty("totalElements", equalTo(1L))))
				.andExpect(content().string(containsString(token + " Anna")))
				.andExpect(content().string(containsString("Mangler")));
			mvc.perform(get("/recipients").param("q", token).param("consent", "ACTIVE"))
				.andExpect(model().attribute("page", hasProperty("totalElements", equalTo(2L))))
				.andExpect(content().string(not(containsString(token + " Anna"))));
		}

		@Test
		void sortsByAliasNumberReferralDateAndUnit() throws Exception {
			assertThat(order("alias,desc")).containsExactly("Cille", "Bo", "Anna");
			assertThat(order("alias,asc")).containsExactly("Anna", "Bo", "Cille");
			assertThat(order("number,desc")).containsExactly("Cille", "Bo", "Anna");
			assertThat(order("referralDate,asc")).containsExactly("Bo", "Cille", "Anna");
			// Bo is in the second unit by name, Anna and Cille in the first.
			assertThat(order("unit,asc")).containsExactly("Anna", "Cille", "Bo");
			assertThat(order("unit,desc")).containsExactly("Bo", "Anna", "Cille");
			mvc.perform(get("/recipients").param("sort", "alias;drop table recipient,asc")).andExpect(status().isOk());
		}

		@Test
		void pagesKeepTheSearchAndFilters() throws Exception {
			mvc.perform(get("/recipients?size=1&q=" + token + "&consent=ACTIVE"))
				.andExpect(model().attribute("page", hasProperty("totalPages", equalTo(3))))
				.andExpect(content().string(containsString("3 fundet")))
				.andExpect(content().string(containsString(
						"href=\"/recipients?size=1&amp;q=" + token + "&amp;consent=ACTIVE&amp;page=1\"")));
		}

		private List<String> order(String sort) throws Exception {
			String html = mvc.perform(get("/recipients").param("q", token).param("sort", sort))
				.andReturn()
				.getResponse()
				.getContentAsString();
			return List.of("Anna", "Bo", "Cille")
				.stream()
				.sorted((a, b) -> Integer.compare(html.indexOf(token + " " + a), html.indexOf(token + " " + b)))
				.toList();
		}

		private String number(long id) {
			return jdbc.sql("select internal_number from recipient where id = ?")
				.param(id)
				.query(String.class)
				.single();
		}

		private long searches() {
			return jdbc
				.sql("select count(*) from audit_event where entity_type = 'RECIPIENT' and action = 'SEARCH' "
						+ "and actor_username = 'koordinator'")
				.query(Long.class)
				.single();
		}

	}

	@Test
	@WithUserDetails("koordinator.aarhus")
	void anOrganisationWithoutRecipientsInTheSearchSaysWhatToDo() throws Exception {
		mvc.perform(get("/recipients").param("q", unique("nobody")))
			.andExpect(content().string(containsString("Ingen modtagere matcher søgningen")));
	}

	@Nested
	class Consents {

		long id;

		@BeforeEach
		void recipient() throws Exception {
			id = data.createRecipient(unique("MN"), KOBENHAVN);
		}

		@Test
		void addsAConsentToOutcomeMeasurement() throws Exception {
			mvc.perform(post("/recipients/{id}/consents", id).with(csrf())
				.param("kind", "OUTCOME_MEASUREMENT")
				.param("givenOn", today().toString())
				.param("method", "VERBAL")
				.param("expiresOn", today().plusYears(1).toString()))
				.andExpect(redirectedUrl("/recipients/" + id))
				.andExpect(flash().attribute("success", "recipient.consent.added"));
			assertThat(jdbc
				.sql("select count(*) from consent where recipient_id = ? and kind = 'OUTCOME_MEASUREMENT' "
						+ "and method = 'VERBAL' and expires_on = ?")
				.param(id)
				.param(today().plusYears(1))
				.query(Long.class)
				.single()).isEqualTo(1);
			assertThat(auditDetails()).contains("CONSENT_ADDED;KIND=OUTCOME_MEASUREMENT");
			mvc.perform(get("/recipients/{id}", id)).andExpect(content().string(containsString("Effektmåling")));
		}

		/**
		 * The form has a page of its own, as editing and the network do: the recipient's
		 * page links to it, and only who may change the recipient gets it: not the
		 * recipient's peer worker, not another organisation, a manager or an
		 * administrator, and nobody once the recipient is anonymised.
		 */
		@Test
		void theFormIsAPageOfItsOwnForWhoMayChangeTheRecipient() throws Exception {
			mvc.perform(get("/recipients/{id}", id))
				.andExpect(content().string(containsString("href=\"/recipients/" + id + "/consents/new\"")))
				.andExpect(content().string(not(containsString("name=\"givenOn\""))));
			mvc.perform(get("/recipients/{id}/consents/new", id))
				.andExpect(status().isOk())
				.andExpect(view().name("recipient/consent"))
				.andExpect(content().string(containsString("action=\"/recipients/" + id + "/consents\"")))
				.andExpect(content().string(containsString("name=\"givenOn\"")))
				.andExpect(content().string(containsString("Tilføj samtykke fra")));
			data.assign(id, data.peerWorkerOfUser("peer", KOBENHAVN));
			mvc.perform(get("/recipients/{id}/consents/new", id).with(user(users.loadUserByUsername("peer"))))
				.andExpect(status().isForbidden());
			for (String outsider : new String[] { "koordinator.aarhus", "leder", "admin" }) {
				mvc.perform(get("/recipients/{id}/consents/new", id).with(user(users.loadUserByUsername(outsider))))
					.andExpect(status().isNotFound());
			}
			jdbc.sql("update recipient set anonymised_on = current_date where id = ?").param(id).update();
			mvc.perform(get("/recipients/{id}/consents/new", id)).andExpect(status().isNotFound());
		}

		@Test
		void aBadConsentKeepsItsValuesAndSavesNothing() throws Exception {
			mvc.perform(post("/recipients/{id}/consents", id).with(csrf())
				.param("kind", "ANONYMISED_QUOTES")
				.param("givenOn", today().plusDays(2).toString())
				.param("method", "WRITTEN"))
				.andExpect(status().isOk())
				.andExpect(view().name("recipient/consent"))
				.andExpect(model().attributeHasFieldErrorCode("consentForm", "givenOn", "recipient.date.future"))
				.andExpect(content().string(containsString("value=\"" + DateFields.danish(today().plusDays(2)) + "\"")))
				.andExpect(content().string(containsString("value=\"ANONYMISED_QUOTES\" selected")));
			mvc.perform(post("/recipients/{id}/consents", id).with(csrf()).param("givenOn", today().toString()))
				.andExpect(model().attributeHasFieldErrorCode("consentForm", "kind", "NotNull"))
				.andExpect(model().attributeHasFieldErrorCode("consentForm", "method", "NotNull"));
			assertThat(jdbc.sql("select count(*) from consent where recipient_id = ?")
				.param(id)
				.query(Long.class)
				.single()).isEqualTo(1);
		}

		@Test
		void withdrawsAConsent() throws Exception {
			long consent = registrationConsentOf(id);
			mvc.perform(post("/recipients/{id}/consents/{c}/withdraw", id, consent).with(csrf())
				.param("withdrawnOn", today().toString())
				.param("version", "0"))
				.andExpect(redirectedUrl("/recipients/" + id))
				.andExpect(flash().attribute("success", "recipient.consent.withdrawn"));
			assertThat(jdbc.sql("select withdrawn_on from consent where id = ?")
				.param(consent)
				.query(java.time.LocalDate.class)
				.single()).isEqualTo(today());
			assertThat(auditDetails()).contains("CONSENT_WITHDRAWN;KIND=REGISTRATION");
			mvc.perform(get("/recipients/{id}", id)).andExpect(content().string(containsString("Trukket tilbage")));
			mvc.perform(post("/recipients/{id}/consents/{c}/withdraw", id, consent).with(csrf())
				.param("withdrawnOn", today().toString())
				.param("version", "1"))
				.andExpect(model().attributeHasFieldErrorCode("withdrawConsentForm", "withdrawnOn",
						"recipient.consent.alreadyWithdrawn"));
		}

		@Test
		void aWithdrawalInTheFutureOrBeforeTheConsentIsRefused() throws Exception {
			long consent = registrationConsentOf(id);
			mvc.perform(post("/recipients/{id}/consents/{c}/withdraw", id, consent).with(csrf())
				.param("withdrawnOn", today().plusDays(1).toString())
				.param("version", "0"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("withdrawConsentForm", "withdrawnOn",
						"recipient.date.future"))
				.andExpect(content().string(containsString("value=\"" + today().plusDays(1) + "\"")))
				.andExpect(content().string(containsString("id=\"withdrawnOn-" + consent + "-error\"")));
			mvc.perform(post("/recipients/{id}/consents/{c}/withdraw", id, consent).with(csrf())
				.param("withdrawnOn", today().minusYears(1).toString())
				.param("version", "0"))
				.andExpect(model().attributeHasFieldErrorCode("withdrawConsentForm", "withdrawnOn",
						"recipient.consent.withdrawnBeforeGiven"));
			assertThat(jdbc.sql("select withdrawn_on from consent where id = ?")
				.param(consent)
				.query(java.time.LocalDate.class)
				.optional()).isEmpty();
		}

		@Test
		void aWithdrawalOverAStaleVersionIsRefused() throws Exception {
			long consent = registrationConsentOf(id);
			mvc.perform(post("/recipients/{id}/consents/{c}/withdraw", id, consent).with(csrf())
				.param("withdrawnOn", today().toString())
				.param("version", "7"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasErrors("withdrawConsentForm"))
				.andExpect(content().string(containsString("En anden har gemt ændringer")));
			assertThat(jdbc.sql("select withdrawn_on from consent where id = ?")
				.param(consent)
				.query(java.time.LocalDate.class)
				.optional()).isEmpty();
		}

		@Test
		void aConsentOfAnotherRecipientCannotBeWithdrawnHere() throws Exception {
			long other = data.createRecipient(unique("OP"), KOBENHAVN);
			mvc.perform(post("/recipients/{id}/consents/{c}/withdraw", id, registrationConsentOf(other)).with(csrf())
				.param("withdrawnOn", today().toString())
				.param("version", "0")).andExpect(status().isNotFound());
		}

		@Test
		void anExpiredConsentIsShownAsExpired() throws Exception {
			jdbc.sql("insert into consent (recipient_id, kind, given_on, method, expires_on) "
					+ "values (?, 'ANONYMISED_QUOTES', ?, 'WRITTEN', ?)")
				.param(id)
				.param(today().minusYears(2))
				.param(today().minusDays(1))
				.update();
			mvc.perform(get("/recipients/{id}", id))
				.andExpect(content().string(containsString("Udløbet")))
				.andExpect(content().string(containsString("Brug af anonymiserede citater")));
		}

		private List<String> auditDetails() {
			return jdbc
				.sql("select detail from audit_event where entity_type = 'RECIPIENT' and entity_id = ? "
						+ "and action = 'UPDATE' and outcome = 'SUCCESS'")
				.param(String.valueOf(id))
				.query(String.class)
				.list();
		}

	}

	@Nested
	class Edit {

		long id;

		String alias;

		@BeforeEach
		void recipient() throws Exception {
			alias = unique("QR");
			id = data.createRecipient(alias, KOBENHAVN);
		}

		@Test
		void theFormShowsTheStoredValues() throws Exception {
			mvc.perform(get("/recipients/{id}/edit", id))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("value=\"" + alias + "\"")))
				.andExpect(content().string(containsString("value=\"1985\"")))
				.andExpect(content().string(containsString("value=\"FEMALE\" selected")));
		}

		@Test
		void changesTheDetailsAndAuditsWhichFields() throws Exception {
			String newAlias = unique("ST");
			mvc.perform(edit(newAlias, 0, "unitId", String.valueOf(data.unitId(KOBENHAVN, 1))))
				.andExpect(redirectedUrl("/recipients/" + id))
				.andExpect(flash().attribute("success", "recipient.saved"));
			assertThat(data.countRecipients(newAlias)).isEqualTo(1);
			assertThat(jdbc
				.sql("select detail from audit_event where entity_type = 'RECIPIENT' and entity_id = ? "
						+ "and action = 'UPDATE'")
				.param(String.valueOf(id))
				.query(String.class)
				.single()).isEqualTo("FIELDS=alias,unitId");
		}

		@Test
		void savingOverSomeoneElsesNewerChangeIsRefusedAndNothingIsOverwritten() throws Exception {
			String first = unique("First");
			mvc.perform(edit(first, 0)).andExpect(status().isFound());
			String second = unique("Second");
			mvc.perform(edit(second, 0))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasErrors("recipientForm"))
				.andExpect(content().string(containsString("En anden har gemt ændringer")))
				.andExpect(content().string(containsString("value=\"" + second + "\"")));
			assertThat(jdbc.sql("select alias from recipient where id = ?").param(id).query(String.class).single())
				.isEqualTo(first);
		}

		@Test
		void badInputIsRefusedWithTypedValuesKept() throws Exception {
			mvc.perform(edit("120385-4321", 0, "referralDate", today().plusDays(1).toString()))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("recipientForm", "alias", "recipient.alias.cprLike"))
				.andExpect(model().attributeHasFieldErrorCode("recipientForm", "referralDate", "recipient.date.future"))
				.andExpect(content().string(containsString("value=\"120385-4321\"")));
			assertThat(data.countRecipients(alias)).isEqualTo(1);
		}

		private MockHttpServletRequestBuilder edit(String newAlias, long version, String... replaced) {
			Map<String, String> values = new LinkedHashMap<>();
			values.put("alias", newAlias);
			values.put("externalReference", "");
			values.put("birthYear", "1985");
			values.put("gender", "FEMALE");
			values.put("unitId", String.valueOf(data.unitId(KOBENHAVN, 0)));
			values.put("targetGroupId", String.valueOf(data.lookupId("TARGET_GROUP", "SEL85")));
			values.put("referralDate", today().minusDays(10).toString());
			values.put("referralSourceId", String.valueOf(data.lookupId("REFERRAL_SOURCE", "PSYCHIATRY")));
			values.put("version", String.valueOf(version));
			return RecipientTestData.form(post("/recipients/{id}/edit", id), values, replaced);
		}

	}

	@Nested
	class Courses {

		@Test
		void theRecipientsPageListsTheirCoursesAndOffersANewOne() throws Exception {
			long id = data.createRecipient(unique("UV"), KOBENHAVN);
			mvc.perform(get("/recipients/{id}", id))
				.andExpect(content().string(containsString("Modtageren har ingen forløb endnu")))
				.andExpect(content().string(containsString("href=\"/courses/new?recipientId=" + id + "\"")));
			long course = data.assign(id, data.newPeerWorker(KOBENHAVN));
			mvc.perform(get("/recipients/{id}", id))
				.andExpect(content().string(containsString("href=\"/courses/" + course + "\"")))
				.andExpect(content().string(containsString("Individuelt peer-forløb")))
				.andExpect(content().string(containsString("Aktivt")));
		}

	}

	private long registrationConsentOf(long recipientId) {
		return jdbc.sql("select id from consent where recipient_id = ? and kind = 'REGISTRATION'")
			.param(recipientId)
			.query(Long.class)
			.single();
	}

}
