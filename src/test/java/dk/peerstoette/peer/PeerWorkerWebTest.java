package dk.peerstoette.peer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
import dk.peerstoette.account.PeerWorkerLinks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

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

@IntegrationTest
class PeerWorkerWebTest {

	private static final String KOBENHAVN = "Københavns Kommune";

	private static final String AARHUS = "Aarhus Kommune";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	PeerDirectory directory;

	@Autowired
	PeerWorkerLinks links;

	@Nested
	class Listing {

		@Test
		void searchesByNameWithACountAndAuditsTheSearch() throws Exception {
			String tag = tag();
			create("koordinator", peer("Alma " + tag));
			create("koordinator", peer("Bent " + tag));
			long searchesBefore = audits("koordinator", "SEARCH", null);
			String html = mvc.perform(get("/peers").with(as("koordinator")).param("q", tag.toUpperCase()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("2 fundet")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).contains("Alma " + tag, "Bent " + tag);
			mvc.perform(get("/peers").with(as("koordinator")).param("q", "alma " + tag))
				.andExpect(content().string(containsString("Alma " + tag)))
				.andExpect(content().string(not(containsString("Bent " + tag))));
			assertThat(audits("koordinator", "SEARCH", null)).isEqualTo(searchesBefore + 2);
			assertThat(jdbc
				.sql("select detail from audit_event where actor_username = 'koordinator' "
						+ "and entity_type = 'PEER_WORKER' and action = 'SEARCH' order by id desc limit 1")
				.query(String.class)
				.single()).isEqualTo("RESULTS=1");
		}

		@Test
		void aSearchThatFindsNothingSaysWhatToDo() throws Exception {
			mvc.perform(get("/peers").with(as("koordinator")).param("q", "%" + tag()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Ingen peer-medarbejdere matcher søgningen")))
				.andExpect(content().string(containsString("Ryd søgning og filtre")));
		}

		@Test
		void filtersByStatusEmploymentFormRoleAndUnit() throws Exception {
			String tag = tag();
			long unit = unitId(KOBENHAVN, "Værestedet");
			create("koordinator", peer("Active " + tag).param("unitIds", String.valueOf(unit)));
			create("koordinator",
					peer("Ended " + tag).with(set("employmentForm", "VOLUNTEER"))
						.with(set("peerRole", "CONVENTIONAL"))
						.with(set("startsOn", "2020-01-01"))
						.param("endsOn", TestClock.today().toString()));
			String ended = listHtml("koordinator", "q", tag, "status", "ENDED");
			assertThat(ended).contains("Ended " + tag).doesNotContain("Active " + tag);
			String active = listHtml("koordinator", "q", tag, "status", "ACTIVE");
			assertThat(active).contains("Active " + tag).doesNotContain("Ended " + tag);
			String volunteers = listHtml("koordinator", "q", tag, "form", "VOLUNTEER");
			assertThat(volunteers).contains("Ended " + tag).doesNotContain("Active " + tag);
			String supplementary = listHtml("koordinator", "q", tag, "role", "SUPPLEMENTARY");
			assertThat(supplementary).contains("Active " + tag).doesNotContain("Ended " + tag);
			String inUnit = listHtml("koordinator", "q", tag, "unit", String.valueOf(unit));
			assertThat(inUnit).contains("Active " + tag).doesNotContain("Ended " + tag);
		}

		@Test
		void sortsByNameAndStartAndIgnoresColumnsNotOffered() throws Exception {
			String tag = tag();
			create("koordinator", peer("Anna " + tag).with(set("startsOn", "2024-05-01")));
			create("koordinator", peer("Bo " + tag).with(set("startsOn", "2023-01-01")));
			String byNameDesc = listHtml("koordinator", "q", tag, "sort", "name,desc");
			assertThat(byNameDesc.indexOf("Bo " + tag)).isLessThan(byNameDesc.indexOf("Anna " + tag));
			String byStart = listHtml("koordinator", "q", tag, "sort", "start,asc");
			assertThat(byStart.indexOf("Bo " + tag)).isLessThan(byStart.indexOf("Anna " + tag));
			mvc.perform(get("/peers").with(as("koordinator")).param("sort", "email;drop table peer_worker,asc"))
				.andExpect(status().isOk());
		}

		@Test
		void anAdministratorSeesEveryOrganisationAndCanSortAndFilterByIt() throws Exception {
			String tag = tag();
			create("koordinator", peer("Kbh " + tag));
			create("koordinator.aarhus", peer("Aar " + tag));
			String all = listHtml("admin", "q", tag, "sort", "organisation,asc");
			assertThat(all.indexOf("Aar " + tag)).isLessThan(all.indexOf("Kbh " + tag));
			String aarhus = listHtml("admin", "q", tag, "organisation", String.valueOf(organisationId(AARHUS)));
			assertThat(aarhus).contains("Aar " + tag).doesNotContain("Kbh " + tag);
		}

		@Test
		void pagesAreServedFromTheDatabaseAndKeepTheFilters() throws Exception {
			String tag = tag();
			for (String name : List.of("One", "Two", "Three")) {
				create("koordinator", peer(name + " " + tag));
			}
			mvc.perform(get("/peers?size=2&q=" + tag).with(as("koordinator")))
				.andExpect(model().attribute("page", hasProperty("totalPages", equalTo(2))))
				.andExpect(model().attribute("page", hasProperty("totalElements", equalTo(3L))))
				.andExpect(content().string(containsString("href=\"/peers?size=2&amp;q=" + tag + "&amp;page=1\"")));
		}

		@Test
		void aCoordinatorSeesOnlyTheirOwnOrganisation() throws Exception {
			String tag = tag();
			create("koordinator.aarhus", peer("Aarhusian " + tag));
			assertThat(listHtml("koordinator", "q", tag)).doesNotContain("Aarhusian " + tag);
			// Asking for another organisation is ignored for a coordinator.
			assertThat(listHtml("koordinator", "q", tag, "organisation", String.valueOf(organisationId(AARHUS))))
				.doesNotContain("Aarhusian " + tag);
			assertThat(listHtml("koordinator.aarhus", "q", tag)).contains("Aarhusian " + tag);
		}

	}

	@Nested
	class Refused {

		@ParameterizedTest
		@CsvSource({ "peer", "peer.aarhus", "leder" })
		void peerWorkersAndManagersMayNotUseTheListOrTheNewForm(String username) throws Exception {
			mvc.perform(get("/peers").with(as(username))).andExpect(status().isForbidden());
			mvc.perform(get("/peers/new").with(as(username))).andExpect(status().isForbidden());
			String name = "Refused " + tag();
			mvc.perform(newPeer(peer(name)).with(as(username))).andExpect(status().isForbidden());
			mvc.perform(newPeer(peer("").param("email", "bad")).with(as(username))).andExpect(status().isForbidden());
			assertThat(countNamed(name)).isZero();
		}

		@Test
		void aPeerWorkerMayNotChangeEvenTheirOwnRecord() throws Exception {
			long own = create("koordinator", peer("Own " + tag()));
			linkLogin("peer", own);
			mvc.perform(get("/peers/{id}/edit", own).with(as("peer"))).andExpect(status().isForbidden());
			mvc.perform(editPeer(own, "Renamed").param("version", "1").with(as("peer")))
				.andExpect(status().isForbidden());
			mvc.perform(post("/peers/{id}/training", own).with(csrf())
				.with(as("peer"))
				.param("courseName", "Self-taught")
				.param("completedOn", "2024-01-01")).andExpect(status().isForbidden());
			mvc.perform(post("/peers/{id}/supervision", own).with(csrf())
				.with(as("peer"))
				.param("receivedOn", "2024-01-01")
				.param("supervisor", "Me")
				.param("kind", "GROUP")).andExpect(status().isForbidden());
			assertThat(jdbc.sql("select count(*) from peer_training where peer_worker_id = ?")
				.param(own)
				.query(Long.class)
				.single()).isZero();
		}

		@Test
		void aCoordinatorCannotChangeAnotherOrganisationsPeerWorker() throws Exception {
			long aarhus = create("koordinator.aarhus", peer("Aarhus " + tag()));
			long denied = audits("koordinator", "UPDATE", aarhus, "DENIED");
			mvc.perform(editPeer(aarhus, "Taken Over").param("version", "0").with(as("koordinator")))
				.andExpect(status().isNotFound());
			mvc.perform(post("/peers/{id}/training", aarhus).with(csrf())
				.with(as("koordinator"))
				.param("courseName", "Course")
				.param("completedOn", "2024-01-01")).andExpect(status().isNotFound());
			mvc.perform(get("/peers/{id}/edit", aarhus).with(as("koordinator"))).andExpect(status().isNotFound());
			assertThat(audits("koordinator", "UPDATE", aarhus, "DENIED")).isEqualTo(denied + 2);
			assertThat(nameOf(aarhus)).startsWith("Aarhus ");
		}

		@Test
		void aManagerGets404OnAnyRecord() throws Exception {
			long id = create("koordinator", peer("Managed " + tag()));
			mvc.perform(get("/peers/{id}/edit", id).with(as("leder"))).andExpect(status().isNotFound());
			mvc.perform(editPeer(id, "Renamed").param("version", "0").with(as("leder")))
				.andExpect(status().isNotFound());
		}

		@Test
		void anUnknownPeerWorkerIs404() throws Exception {
			mvc.perform(get("/peers/{id}", 987654321L).with(as("admin"))).andExpect(status().isNotFound());
		}

	}

	@Nested
	class Create {

		@Test
		void aCoordinatorCreatesAPeerWorkerInTheirOrganisation() throws Exception {
			String name = "Nanna " + tag();
			long unit = unitId(KOBENHAVN, "Lindegården");
			long model = jdbc.sql("select id from peer_support_model where name like 'Lønnet%supplerende'")
				.query(Long.class)
				.single();
			MvcResult result = mvc
				.perform(newPeer(peer(name).param("unitIds", String.valueOf(unit))
					.param("modelId", String.valueOf(model))
					.param("phone", "+45 12 34 56 78")
					.param("email", "nanna@example.dk")
					// An organisation sent by a coordinator is ignored.
					.param("organisationId", String.valueOf(organisationId(AARHUS)))).with(as("koordinator")))
				.andExpect(redirectedUrlPattern("/peers/*"))
				.andExpect(flash().attribute("success", "peer.created"))
				.andReturn();
			long id = idFrom(result);
			assertThat(jdbc.sql("select organisation_id from peer_worker where id = ?")
				.param(id)
				.query(Long.class)
				.single()).isEqualTo(organisationId(KOBENHAVN));
			assertThat(jdbc.sql("select unit_id from peer_worker_unit where peer_worker_id = ?")
				.param(id)
				.query(Long.class)
				.list()).containsExactly(unit);
			assertThat(audits("koordinator", "CREATE", id)).isEqualTo(1);
			mvc.perform(get("/peers/{id}", id).with(as("koordinator")))
				.andExpect(content().string(containsString(name)))
				.andExpect(content().string(containsString("Botilbuddet Lindegården")))
				.andExpect(content().string(containsString("Lønnet peer-medarbejder, supplerende")))
				.andExpect(content().string(containsString("+45 12 34 56 78")))
				.andExpect(content().string(containsString("Supplerende")))
				.andExpect(content().string(containsString("Ingen supervision registreret")));
		}

		@Test
		void aCoordinatorMayOnlyChooseActiveUnitsOfTheirOwnOrganisation() throws Exception {
			String name = "Unit " + tag();
			mvc.perform(newPeer(peer(name).param("unitIds", String.valueOf(unitId(AARHUS, "Havnen"))))
				.with(as("koordinator")))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("peerWorkerForm", "unitIds", "peer.units.unknown"));
			assertThat(countNamed(name)).isZero();
		}

		@Test
		void anAdministratorChoosesTheOrganisationAndItsUnits() throws Exception {
			String name = "Admin made " + tag();
			mvc.perform(newPeer(peer(name)).with(as("admin")))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("peerWorkerForm", "organisationId",
						"peer.organisation.required"));
			mvc.perform(newPeer(peer(name).param("organisationId", String.valueOf(organisationId(AARHUS)))
				.param("unitIds", String.valueOf(unitId(KOBENHAVN, "Værestedet")))).with(as("admin")))
				.andExpect(model().attributeHasFieldErrorCode("peerWorkerForm", "unitIds", "peer.units.unknown"));
			assertThat(countNamed(name)).isZero();
			long id = create("admin", peer(name).param("organisationId", String.valueOf(organisationId(AARHUS)))
				.param("unitIds", String.valueOf(unitId(AARHUS, "Havnen"))));
			assertThat(jdbc.sql("select organisation_id from peer_worker where id = ?")
				.param(id)
				.query(Long.class)
				.single()).isEqualTo(organisationId(AARHUS));
		}

		@Test
		void theFormOffersTheOwnOrganisationsUnitsAndFreePeerLogins() throws Exception {
			unlinkLogin("peer");
			mvc.perform(get("/peers/new").with(as("koordinator")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Botilbuddet Lindegården")))
				.andExpect(content().string(not(containsString("Dagtilbuddet Havnen"))))
				.andExpect(content().string(containsString("(peer)")))
				.andExpect(content().string(not(containsString("(peer.aarhus)"))));
			long linked = create("koordinator", peer("Linked " + tag()));
			linkLogin("peer", linked);
			mvc.perform(get("/peers/new").with(as("koordinator")))
				.andExpect(content().string(not(containsString("(peer)"))));
		}

		@Test
		void theLinkedLoginMustBeAFreePeerLoginOfTheOrganisation() throws Exception {
			String name = "Login " + tag();
			mvc.perform(newPeer(peer(name).param("staffUserId", String.valueOf(userId("peer.aarhus"))))
				.with(as("koordinator")))
				.andExpect(model().attributeHasFieldErrorCode("peerWorkerForm", "staffUserId", "peer.login.unknown"));
			mvc.perform(newPeer(peer(name).param("staffUserId", String.valueOf(userId("koordinator"))))
				.with(as("koordinator")))
				.andExpect(model().attributeHasFieldErrorCode("peerWorkerForm", "staffUserId", "peer.login.unknown"));
			long first = create("koordinator", peer("First " + tag()));
			linkLogin("peer", first);
			mvc.perform(
					newPeer(peer(name).param("staffUserId", String.valueOf(userId("peer")))).with(as("koordinator")))
				.andExpect(model().attributeHasFieldErrorCode("peerWorkerForm", "staffUserId", "peer.login.taken"));
			assertThat(countNamed(name)).isZero();
			unlinkLogin("peer");
			long id = create("koordinator", peer(name).param("staffUserId", String.valueOf(userId("peer"))));
			assertThat(
					jdbc.sql("select staff_user_id from peer_worker where id = ?").param(id).query(Long.class).single())
				.isEqualTo(userId("peer"));
		}

		@Test
		void badInputComesBackWithMessagesNextToTheFieldsAndTypedValuesKept() throws Exception {
			mvc.perform(post("/peers").with(csrf())
				.with(as("koordinator"))
				.param("fullName", "  ")
				.param("phone", "12ab")
				.param("email", "not-an-email")
				.param("startsOn", "2024-05-01")
				.param("endsOn", "2024-04-30"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("peerWorkerForm", "fullName", "employmentForm", "peerRole"))
				.andExpect(model().attributeHasFieldErrorCode("peerWorkerForm", "phone", "peer.phone.invalid"))
				.andExpect(model().attributeHasFieldErrorCode("peerWorkerForm", "email", "peer.email.invalid"))
				.andExpect(model().attributeHasFieldErrorCode("peerWorkerForm", "endsOn", "peer.endsOn.beforeStart"))
				.andExpect(content().string(containsString("value=\"not-an-email\"")))
				.andExpect(content().string(containsString("value=\"12ab\"")))
				.andExpect(content().string(containsString("value=\"30.04.2024\"")))
				.andExpect(content().string(containsString("id=\"email-error\"")))
				.andExpect(content().string(containsString("Slutdatoen kan ikke ligge før startdatoen")));
			mvc.perform(post("/peers").with(csrf())
				.with(as("koordinator"))
				.param("fullName", "No start")
				.param("employmentForm", "PAID")
				.param("peerRole", "CONVENTIONAL")
				.param("startsOn", "not-a-date"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("peerWorkerForm", "startsOn"))
				.andExpect(content().string(containsString("value=\"No start\"")));
		}

	}

	@Nested
	class Edit {

		@Test
		void changesAreSavedAndAuditedByField() throws Exception {
			long id = create("koordinator", peer("Before " + tag()));
			mvc.perform(get("/peers/{id}/edit", id).with(as("koordinator")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
			mvc.perform(editPeer(id, "After " + tag()).with(set("employmentForm", "MENTOR"))
				.param("changedFrom", "2024-01-15")
				.param("unitIds", String.valueOf(unitId(KOBENHAVN, "Nørrebro")))
				.param("endsOn", "2030-12-31")
				.param("version", "0")
				.with(as("koordinator")))
				.andExpect(redirectedUrl("/peers/" + id))
				.andExpect(flash().attribute("success", "peer.saved"));
			assertThat(nameOf(id)).startsWith("After ");
			assertThat(jdbc
				.sql("select detail from audit_event where entity_type = 'PEER_WORKER' and entity_id = ? "
						+ "and action = 'UPDATE' and outcome = 'SUCCESS'")
				.param(String.valueOf(id))
				.query(String.class)
				.single()).isEqualTo("FIELDS=fullName,employmentForm,units,endsOn;HISTORY_FROM=2024-01-15");
			mvc.perform(get("/peers/{id}", id).with(as("koordinator")))
				.andExpect(content().string(containsString("Mentor med brugerbaggrund")))
				.andExpect(content().string(containsString("Støttecenter Nørrebro")));
		}

		@Test
		void anAdministratorMovesAPeerWorkerToAnotherOrganisation() throws Exception {
			long id = create("koordinator",
					peer("Mover " + tag()).param("unitIds", String.valueOf(unitId(KOBENHAVN, "Værestedet"))));
			// The Copenhagen unit does not belong to Aarhus.
			mvc.perform(editPeer(id, "Mover").param("organisationId", String.valueOf(organisationId(AARHUS)))
				.param("unitIds", String.valueOf(unitId(KOBENHAVN, "Værestedet")))
				.param("version", "0")
				.with(as("admin")))
				.andExpect(model().attributeHasFieldErrorCode("peerWorkerForm", "unitIds", "peer.units.unknown"));
			mvc.perform(editPeer(id, "Mover").param("organisationId", String.valueOf(organisationId(AARHUS)))
				.param("unitIds", String.valueOf(unitId(AARHUS, "Havnen")))
				.param("version", "0")
				.with(as("admin"))).andExpect(redirectedUrl("/peers/" + id));
			mvc.perform(get("/peers/{id}", id).with(as("koordinator"))).andExpect(status().isNotFound());
			mvc.perform(get("/peers/{id}", id).with(as("koordinator.aarhus"))).andExpect(status().isOk());
		}

		@Test
		void savingOverSomeoneElsesNewerChangeIsRefusedAndNothingIsOverwritten() throws Exception {
			long id = create("koordinator", peer("Original " + tag()));
			mvc.perform(editPeer(id, "First Save").param("version", "0").with(as("koordinator")))
				.andExpect(status().isFound());
			mvc.perform(editPeer(id, "Second Save").param("version", "0").with(as("admin")))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasErrors("peerWorkerForm"))
				.andExpect(content().string(containsString("En anden har gemt ændringer")))
				.andExpect(content().string(containsString("value=\"Second Save\"")));
			assertThat(nameOf(id)).isEqualTo("First Save");
		}

		@Test
		void badInputOnEditKeepsTheTypedValues() throws Exception {
			long id = create("koordinator", peer("Kept " + tag()));
			mvc.perform(
					editPeer(id, "Kept Typed").param("email", "kept@").param("version", "0").with(as("koordinator")))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("peerWorkerForm", "email", "peer.email.invalid"))
				.andExpect(content().string(containsString("value=\"Kept Typed\"")))
				.andExpect(content().string(containsString("value=\"kept@\"")));
			assertThat(nameOf(id)).startsWith("Kept ").isNotEqualTo("Kept Typed");
		}

	}

	@Nested
	class TrainingSupervisionAndCaseload {

		@Test
		void trainingAndSupervisionAreAddedAndTheDaysSinceShown() throws Exception {
			long id = create("koordinator", peer("Trained " + tag()));
			mvc.perform(get("/peers/{id}", id).with(as("koordinator")))
				.andExpect(content().string(containsString("Ingen supervision registreret")))
				.andExpect(content().string(containsString("Ingen uddannelse registreret")));
			mvc.perform(post("/peers/{id}/training", id).with(csrf())
				.with(as("koordinator"))
				.param("courseName", "Peer-uddannelsen modul 1")
				.param("completedOn", "2024-03-01")
				.param("provider", "Recovery-skolen"))
				.andExpect(redirectedUrl("/peers/" + id))
				.andExpect(flash().attribute("success", "peer.training.added"));
			mvc.perform(post("/peers/{id}/supervision", id).with(csrf())
				.with(as("koordinator"))
				.param("receivedOn", TestClock.today().minusDays(10).toString())
				.param("supervisor", "Susanne Supervisor")
				.param("kind", "GROUP")).andExpect(flash().attribute("success", "peer.supervision.added"));
			mvc.perform(post("/peers/{id}/supervision", id).with(csrf())
				.with(as("koordinator"))
				.param("receivedOn", TestClock.today().minusDays(3).toString())
				.param("supervisor", "Ib Individuel")
				.param("kind", "INDIVIDUAL")).andExpect(redirectedUrl("/peers/" + id));
			mvc.perform(get("/peers/{id}", id).with(as("koordinator")))
				.andExpect(content().string(containsString("Peer-uddannelsen modul 1")))
				.andExpect(content().string(containsString("Recovery-skolen")))
				.andExpect(content().string(containsString("Susanne Supervisor")))
				.andExpect(content().string(containsString("Gruppe")))
				.andExpect(content().string(containsString("Individuel")))
				.andExpect(content().string(containsString("3 dage siden seneste supervision")));
			assertThat(audits("koordinator", "UPDATE", id)).isEqualTo(3);
			assertThat(jdbc
				.sql("select detail from audit_event where entity_type = 'PEER_WORKER' and entity_id = ? "
						+ "and action = 'UPDATE' order by id")
				.param(String.valueOf(id))
				.query(String.class)
				.list()).containsExactly("TRAINING_ADDED", "SUPERVISION_ADDED", "SUPERVISION_ADDED");
		}

		@Test
		void badTrainingAndSupervisionComeBackOnThePageWithTheTypedValues() throws Exception {
			long id = create("koordinator", peer("Careful " + tag()));
			mvc.perform(post("/peers/{id}/training", id).with(csrf())
				.with(as("koordinator"))
				.param("courseName", "")
				.param("completedOn", "")
				.param("provider", "Typed Provider"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("trainingForm", "courseName", "completedOn"))
				.andExpect(content().string(containsString("value=\"Typed Provider\"")));
			mvc.perform(post("/peers/{id}/supervision", id).with(csrf())
				.with(as("koordinator"))
				.param("receivedOn", TestClock.today().plusDays(1).toString())
				.param("supervisor", "Future Supervisor")
				.param("kind", "GROUP"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("supervisionForm", "receivedOn",
						"peer.supervision.receivedOn.future"))
				.andExpect(content().string(containsString("value=\"Future Supervisor\"")));
			assertThat(jdbc.sql("select count(*) from peer_supervision where peer_worker_id = ?")
				.param(id)
				.query(Long.class)
				.single()).isZero();
		}

		@Test
		void thePageListsTheActiveCaseloadWithLinksToTheCourses() throws Exception {
			long id = create("koordinator", peer("Caseload " + tag()));
			long unit = unitId(KOBENHAVN, "Værestedet");
			String alias = "Alias" + tag().substring(0, 6);
			long active = course(id, unit, "BRIDGE_BUILDING", null);
			long ended = course(id, unit, "GROUP", TestClock.today().minusDays(1));
			long recipient = jdbc
				.sql("""
						insert into recipient (internal_number, alias, organisation_id, unit_id, target_group_id)
						values (?, ?, ?, ?, (select id from lookup_value where list_name = 'TARGET_GROUP' and code = 'OTHER'))
						returning id
						""")
				.param("T" + tag().substring(0, 8))
				.param(alias)
				.param(organisationId(KOBENHAVN))
				.param(unit)
				.query(Long.class)
				.single();
			jdbc.sql("insert into course_recipient (course_id, recipient_id) values (?, ?)")
				.param(active)
				.param(recipient)
				.update();
			mvc.perform(get("/peers/{id}", id).with(as("koordinator")))
				.andExpect(content().string(containsString("href=\"/courses/" + active + "\"")))
				.andExpect(content().string(not(containsString("href=\"/courses/" + ended + "\""))))
				.andExpect(content().string(containsString("Brobygning")))
				.andExpect(content().string(containsString(alias)));
			// The read names the course and the recipient the page showed.
			assertThat(jdbc.sql("""
					select shown::text from audit_event
					where actor_username = 'koordinator' and entity_type = 'PEER_WORKER' and entity_id = ?
					  and action = 'READ' order by id desc limit 1
					""").param(String.valueOf(id)).query(String.class).single())
				.isEqualTo("{\"COURSE\": [" + active + "], \"RECIPIENT\": [" + recipient + "]}");
		}

		@Test
		void anAdministratorSeesHowLargeTheCaseloadIsButNotWhoIsInIt() throws Exception {
			long id = create("koordinator", peer("Counted " + tag()));
			long unit = unitId(KOBENHAVN, "Værestedet");
			String alias = "Hidden" + tag().substring(0, 6);
			long active = course(id, unit, "INDIVIDUAL", null);
			String number = "H" + tag().substring(0, 8);
			long recipient = jdbc
				.sql("""
						insert into recipient (internal_number, alias, organisation_id, unit_id, target_group_id)
						values (?, ?, ?, ?, (select id from lookup_value where list_name = 'TARGET_GROUP' and code = 'OTHER'))
						returning id
						""")
				.param(number)
				.param(alias)
				.param(organisationId(KOBENHAVN))
				.param(unit)
				.query(Long.class)
				.single();
			jdbc.sql("insert into course_recipient (course_id, recipient_id) values (?, ?)")
				.param(active)
				.param(recipient)
				.update();
			mvc.perform(get("/peers/{id}", id).with(as("admin")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Et aktuelt forløb med én peer-støttemodtager.")))
				.andExpect(content().string(not(containsString(alias))))
				.andExpect(content().string(not(containsString(number))))
				.andExpect(content().string(not(containsString("/courses/" + active))));
			assertThat(jdbc.sql("""
					select count(*) from audit_event
					where actor_username = 'admin' and entity_type = 'PEER_WORKER' and entity_id = ?
					  and action = 'READ' and shown is null
					""").param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
		}

		@Test
		void withoutCoursesThePageSaysSo() throws Exception {
			long id = create("koordinator", peer("Idle " + tag()));
			mvc.perform(get("/peers/{id}", id).with(as("koordinator")))
				.andExpect(content().string(containsString("Peer-medarbejderen har ingen aktuelle forløb")));
		}

	}

	/**
	 * Each role against a peer worker in København (linked to the login "peer") and one
	 * in Aarhus: the page is shown or answers 404, and either is audited.
	 */
	@Nested
	class ScopeMatrix {

		@ParameterizedTest(name = "{0}: København {1}, Aarhus {2}")
		@CsvSource({ "admin, 200, 200", "leder, 404, 404", "koordinator, 200, 404", "koordinator.aarhus, 404, 200",
				"peer, 200, 404", "peer.aarhus, 404, 404" })
		void eachRoleSeesWhatIsInScopeAndEveryAttemptIsAudited(String username, int kobenhavn, int aarhus)
				throws Exception {
			long inKobenhavn = create("koordinator", peer("Matrix Kbh " + tag()));
			linkLogin("peer", inKobenhavn);
			long inAarhus = create("koordinator.aarhus", peer("Matrix Aarhus " + tag()));
			expectPage(username, inKobenhavn, kobenhavn);
			expectPage(username, inAarhus, aarhus);
		}

		@Test
		void aPeerWorkerSeesOnlyTheirOwnPageNotColleagues() throws Exception {
			long own = create("koordinator", peer("Own Page " + tag()));
			long colleague = create("koordinator", peer("Colleague " + tag()));
			linkLogin("peer", own);
			expectPage("peer", own, 200);
			expectPage("peer", colleague, 404);
			mvc.perform(get("/peers/{id}", own).with(as("peer")))
				.andExpect(content().string(not(containsString("/peers/" + own + "/edit"))))
				.andExpect(content().string(not(containsString("Tilføj uddannelse"))));
		}

		@Test
		void myPageLeadsAPeerWorkerToTheirRecordOrSaysItIsNotLinked() throws Exception {
			long own = create("koordinator.aarhus", peer("Mine " + tag()));
			linkLogin("peer.aarhus", own);
			mvc.perform(get("/peers/me").with(as("peer.aarhus"))).andExpect(redirectedUrl("/peers/" + own));
			unlinkLogin("peer.aarhus");
			mvc.perform(get("/peers/me").with(as("peer.aarhus")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Dit login er endnu ikke knyttet")));
			mvc.perform(get("/peers/me").with(as("leder"))).andExpect(status().isNotFound());
		}

		private void expectPage(String username, long id, int status) throws Exception {
			String outcome = (status == 200) ? "SUCCESS" : "DENIED";
			long before = audits(username, "READ", id, outcome);
			mvc.perform(get("/peers/{id}", id).with(as(username))).andExpect(status().is(status));
			assertThat(audits(username, "READ", id, outcome)).as(username + " reading " + id).isEqualTo(before + 1);
		}

	}

	@Nested
	class Directory {

		@Test
		void othersFindActivePeerWorkersNamesAndLinkedLogins() throws Exception {
			String tag = tag();
			long active = create("koordinator", peer("Dir Active " + tag));
			long ended = create("koordinator",
					peer("Dir Ended " + tag).with(set("startsOn", "2020-01-01")).param("endsOn", "2021-01-01"));
			long aarhus = create("koordinator.aarhus", peer("Dir Aarhus " + tag));
			long kobenhavn = organisationId(KOBENHAVN);
			assertThat(directory.activeChoices(kobenhavn)).extracting("id")
				.contains(active)
				.doesNotContain(ended, aarhus);
			assertThat(directory.allActiveIn(List.of(active, active), kobenhavn)).isTrue();
			assertThat(directory.allActiveIn(List.of(active, ended), kobenhavn)).isFalse();
			assertThat(directory.allActiveIn(List.of(active, aarhus), kobenhavn)).isFalse();
			assertThat(directory.names(List.of(active, aarhus))).containsEntry(active, "Dir Active " + tag)
				.containsEntry(aarhus, "Dir Aarhus " + tag);
			linkLogin("peer", active);
			assertThat(links.peerWorkerIdOf(userId("peer"))).contains(active);
		}

	}

	// Fixtures

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	/** A valid new peer worker; tests override what they are about. */
	private static MockHttpServletRequestBuilder peer(String name) {
		return withDefaults(post("/peers"), name);
	}

	private static MockHttpServletRequestBuilder withDefaults(MockHttpServletRequestBuilder request, String name) {
		return request.param("fullName", name)
			.param("employmentForm", "PAID")
			.param("peerRole", "SUPPLEMENTARY")
			.param("startsOn", "2024-01-15");
	}

	/** Replaces a parameter of the request, e.g. one of the defaults of {@link #peer}. */
	private static RequestPostProcessor set(String name, String value) {
		return (request) -> {
			request.setParameter(name, value);
			return request;
		};
	}

	private static MockHttpServletRequestBuilder newPeer(MockHttpServletRequestBuilder request) {
		return request.with(csrf());
	}

	/** A valid change of a peer worker; tests override what they are about. */
	private static MockHttpServletRequestBuilder editPeer(long id, String name) {
		return withDefaults(post("/peers/{id}/edit", id), name).with(csrf());
	}

	private long create(String username, MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(request.with(csrf()).with(as(username)))
			.andExpect(redirectedUrlPattern("/peers/*"))
			.andReturn();
		return idFrom(result);
	}

	private static long idFrom(MvcResult result) {
		return Long.parseLong(result.getResponse().getRedirectedUrl().replace("/peers/", ""));
	}

	private String listHtml(String username, String... params) throws Exception {
		MockHttpServletRequestBuilder request = get("/peers").with(as(username));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private long course(long peerWorkerId, long unitId, String kind, LocalDate endedOn) {
		long course = jdbc.sql("""
				insert into course (kind, organisation_id, unit_id, starts_on, ended_on)
				values (?, ?, ?, ?, ?) returning id
				""")
			.param(kind)
			.param(organisationId(KOBENHAVN))
			.param(unitId)
			.param(TestClock.today().minusMonths(2))
			.param(endedOn)
			.query(Long.class)
			.single();
		jdbc.sql("insert into course_peer (course_id, peer_worker_id) values (?, ?)")
			.param(course)
			.param(peerWorkerId)
			.update();
		return course;
	}

	/** peer_worker.staff_user_id is unique: other tests may have linked the login. */
	private void linkLogin(String username, long peerWorkerId) {
		unlinkLogin(username);
		jdbc.sql("update peer_worker set staff_user_id = ? where id = ?")
			.param(userId(username))
			.param(peerWorkerId)
			.update();
	}

	private void unlinkLogin(String username) {
		jdbc.sql("update peer_worker set staff_user_id = null where staff_user_id = ?")
			.param(userId(username))
			.update();
	}

	private long userId(String username) {
		return jdbc.sql("select id from staff_user where username = ?").param(username).query(Long.class).single();
	}

	private long organisationId(String name) {
		return jdbc.sql("select id from organisation where name = ?").param(name).query(Long.class).single();
	}

	private long unitId(String organisation, String namePart) {
		return jdbc.sql("""
				select u.id from unit u join organisation o on o.id = u.organisation_id
				where o.name = ? and u.name like ?
				""").param(organisation).param("%" + namePart + "%").query(Long.class).single();
	}

	private String nameOf(long id) {
		return jdbc.sql("select full_name from peer_worker where id = ?").param(id).query(String.class).single();
	}

	private long countNamed(String name) {
		return jdbc.sql("select count(*) from peer_worker where full_name = ?").param(name).query(Long.class).single();
	}

	private long audits(String username, String action, Long id) {
		return audits(username, action, id, "SUCCESS");
	}

	private long audits(String username, String action, Long id, String outcome) {
		return jdbc.sql("""
				select count(*) from audit_event
				where actor_username = ? and entity_type = 'PEER_WORKER' and action = ? and outcome = ?
				  and entity_id is not distinct from ?
				""")
			.param(username)
			.param(action)
			.param(outcome)
			.param((id != null) ? String.valueOf(id) : null)
			.query(Long.class)
			.single();
	}

	private static String tag() {
		return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

}
