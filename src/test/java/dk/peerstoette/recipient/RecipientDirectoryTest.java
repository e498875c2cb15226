package dk.peerstoette.recipient;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static dk.peerstoette.recipient.RecipientTestData.AARHUS;
import static dk.peerstoette.recipient.RecipientTestData.KOBENHAVN;
import static dk.peerstoette.recipient.RecipientTestData.today;
import static dk.peerstoette.recipient.RecipientTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What other modules learn about recipients through {@link RecipientDirectory}. */
@IntegrationTest
class RecipientDirectoryTest {

	@Autowired
	RecipientDirectory directory;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	RecipientTestData data;

	String token;

	long anna;

	long bo;

	long aarhus;

	long kobenhavnId;

	@BeforeEach
	void recipients() throws Exception {
		data = new RecipientTestData(mvc, jdbc, users);
		token = unique("D").replace("-", "");
		anna = data.createRecipient(token + " Anna", KOBENHAVN);
		bo = data.createRecipient(token + " Bo", KOBENHAVN);
		aarhus = data.createRecipient(token + " Aarhus", AARHUS);
		kobenhavnId = data.organisationId(KOBENHAVN);
	}

	@Test
	void labelsRecipientsByAliasAndNumber() {
		var labels = directory.labels(List.of(anna, bo), Role.COORDINATOR);
		assertThat(labels).containsOnlyKeys(anna, bo);
		assertThat(labels.get(anna).alias()).isEqualTo(token + " Anna");
		assertThat(labels.get(anna).internalNumber()).isEqualTo(number(anna));
		assertThat(labels.get(anna)).hasToString(token + " Anna (" + number(anna) + ")");
		assertThat(directory.labels(List.of(), Role.PEER_WORKER)).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(names = { "ADMIN", "MANAGER" })
	void neverTellsAnAdministratorOrAManagerWhoARecipientIs(Role reader) {
		assertThatThrownBy(() -> directory.labels(List.of(anna), reader)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void tellsWhetherRecipientsBelongToAnOrganisation() {
		assertThat(directory.allIn(List.of(anna, bo, anna), kobenhavnId)).isTrue();
		assertThat(directory.allIn(List.of(anna, aarhus), kobenhavnId)).isFalse();
		assertThat(directory.allIn(List.of(anna, 987654321L), kobenhavnId)).isFalse();
	}

	@Test
	void findsARecipientByNumberWithinTheOrganisationOnly() {
		String number = number(anna);
		assertThat(directory.findByNumber(" " + number.toLowerCase() + " ", kobenhavnId))
			.hasValueSatisfying((label) -> assertThat(label.id()).isEqualTo(anna));
		assertThat(directory.findByNumber(number, data.organisationId(AARHUS))).isEmpty();
	}

	@Test
	void aConsentHoldsFromTheDayItWasGivenUntilItExpiresOrIsWithdrawn() {
		// The consent to registration was given yesterday.
		assertThat(directory.hasConsent(anna, ConsentKind.REGISTRATION, today())).isTrue();
		assertThat(directory.hasConsent(anna, ConsentKind.REGISTRATION, today().minusDays(2))).isFalse();
		assertThat(directory.hasConsent(anna, ConsentKind.OUTCOME_MEASUREMENT, today())).isFalse();

		jdbc.sql("insert into consent (recipient_id, kind, given_on, method, expires_on) "
				+ "values (?, 'OUTCOME_MEASUREMENT', ?, 'WRITTEN', ?)")
			.param(anna)
			.param(today().minusDays(10))
			.param(today().minusDays(1))
			.update();
		assertThat(directory.hasConsent(anna, ConsentKind.OUTCOME_MEASUREMENT, today().minusDays(1))).isTrue();
		assertThat(directory.hasConsent(anna, ConsentKind.OUTCOME_MEASUREMENT, today())).isFalse();

		jdbc.sql("update consent set withdrawn_on = ? where recipient_id = ? and kind = 'REGISTRATION'")
			.param(today())
			.param(bo)
			.update();
		assertThat(directory.hasConsent(bo, ConsentKind.REGISTRATION, today().minusDays(1))).isTrue();
		assertThat(directory.hasConsent(bo, ConsentKind.REGISTRATION, today())).isFalse();
	}

	private String number(long id) {
		return jdbc.sql("select internal_number from recipient where id = ?").param(id).query(String.class).single();
	}

}
