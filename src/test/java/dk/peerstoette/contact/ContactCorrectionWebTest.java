package dk.peerstoette.contact;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.TestClock;
import dk.peerstoette.TestProgramme.Recipient;
import dk.peerstoette.contact.ContactFixtures.PeerLogin;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static dk.peerstoette.contact.ContactFixtures.YESTERDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Corrections and deletion: who may, for how long, the history they leave (never a note's
 * text), and who reads the note.
 */
@IntegrationTest
@WithUserDetails("peer")
class ContactCorrectionWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	ContactFixtures fixtures;

	String tag;

	long copenhagen;

	long me;

	Recipient anna;

	long course;

	PeerLogin colleague;

	long contact;

	@BeforeEach
	void aContactThePeerWorkerLoggedJustNow() throws Exception {
		this.fixtures = new ContactFixtures(this.jdbc, this.users);
		this.tag = ContactFixtures.tag();
		this.copenhagen = this.fixtures.organisation(ContactFixtures.COPENHAGEN);
		this.me = this.fixtures.peerWorkerOfUser("peer", this.copenhagen);
		this.colleague = this.fixtures.peerLogin(this.copenhagen, "Kollega " + this.tag);
		this.anna = this.fixtures.recipient(this.copenhagen, "Anna " + this.tag);
		this.course = this.fixtures.course(this.copenhagen, "INDIVIDUAL", TestClock.today().minusDays(60), null,
				List.of(this.anna.id()), List.of(this.me, this.colleague.peerWorkerId()));
		String url = this.mvc
			.perform(this.fixtures.quickEntry("peer", this.anna.id())
				.param("note", "Forste note " + this.tag)
				.param("themes", "CONNECTION")
				.with(this.fixtures.as("peer")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.contact = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
	}

	@Nested
	class Correct {

		@Test
		void theAuthorCorrectsAContactAndEveryChangeIsKept() throws Exception {
			MvcResult form = mvc.perform(get("/contacts/{id}/edit", contact))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Forste note " + tag)))
				.andExpect(content().string(containsString(anna.label())))
				.andReturn();
			mvc.perform(edit(ContactFixtures.tokenOf(form), 0).param("durationMinutes", "60")
				.param("place", "Haven " + tag)
				.param("themes", "CONNECTION", "HOPE")
				.param("note", "Anden note " + tag))
				.andExpect(redirectedUrl("/contacts/" + contact))
				.andExpect(flash().attribute("success", "contact.saved"));
			assertThat(changes()).containsExactly("durationMinutes:45:60", "place:null:Haven " + tag,
					"chime.HOPE:false:true", "note:null:null");
			assertThat(jdbc.sql("select count(*) from contact_change where old_value like ? or new_value like ?")
				.params("%note " + tag + "%", "%note " + tag + "%")
				.query(Integer.class)
				.single()).as("no note text in the history").isZero();
			assertThat(jdbc
				.sql("select detail from audit_event where entity_type = 'CONTACT' and entity_id = ? "
						+ "and action = 'UPDATE'")
				.param(String.valueOf(contact))
				.query(String.class)
				.list()).containsExactly("FIELDS=durationMinutes,place,chime.HOPE,note");
			assertThat(jdbc.sql("select note, duration_minutes, version, updated_by from contact where id = ?")
				.param(contact)
				.query((rs, row) -> List.of(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getLong(4)))
				.single()).containsExactly("Anden note " + tag, 60, 1L, fixtures.userId("peer"));
			mvc.perform(get("/contacts/{id}", contact))
				.andExpect(content().string(containsString("Noten blev ændret")))
				.andExpect(content().string(containsString("Haven " + tag)))
				.andExpect(content().string(not(containsString("Forste note " + tag))));
		}

		@Test
		void aCorrectionFollowsTheRulesAndKeepsWhatWasTyped() throws Exception {
			mvc.perform(edit(fixtures.token("peer"), 0, TestClock.today().plusDays(2).toString())
				.param("durationMinutes", "45")
				.param("note", "Rettet " + tag))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("contactForm", "occurredOn", "contact.future"))
				.andExpect(content().string(containsString("Rettet " + tag)));
			assertThat(changes()).isEmpty();
		}

		@Test
		void whenNothingChangedNothingIsWritten() throws Exception {
			mvc.perform(edit(fixtures.token("peer"), 0).param("durationMinutes", "45")
				.param("themes", "CONNECTION")
				.param("note", "Forste note " + tag)).andExpect(flash().attribute("success", "contact.unchanged"));
			assertThat(changes()).isEmpty();
		}

		@Test
		void aCorrectionOfAnOlderVersionIsRefused() throws Exception {
			mvc.perform(edit(fixtures.token("peer"), 7).param("durationMinutes", "90"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("En anden har gemt ændringer")));
			assertThat(changes()).isEmpty();
		}

		@Test
		void afterSevenDaysOnlyACoordinatorCorrects() throws Exception {
			jdbc.sql("update contact set created_at = now() - interval '8 days' where id = ?").param(contact).update();
			mvc.perform(get("/contacts/{id}/edit", contact)).andExpect(status().isForbidden());
			mvc.perform(edit(fixtures.token("peer"), 0).param("durationMinutes", "90"))
				.andExpect(status().isForbidden());
			mvc.perform(get("/contacts/{id}/delete", contact)).andExpect(status().isForbidden());
			mvc.perform(get("/contacts/{id}", contact))
				.andExpect(content().string(not(containsString("/contacts/" + contact + "/edit"))))
				.andExpect(content().string(containsString("derefter retter en koordinator den")));
			assertThat(fixtures.audited("peer", "UPDATE", "DENIED", contact)).as("the form and the submit")
				.isEqualTo(2);

			mvc.perform(edit(fixtures.token("koordinator"), 0).param("durationMinutes", "90")
				.param("peerWorkerId", String.valueOf(me))
				.with(fixtures.as("koordinator"))).andExpect(flash().attribute("success", "contact.saved"));
			assertThat(changes()).containsExactly("durationMinutes:45:90", "chime.CONNECTION:true:false",
					"note:null:null");
			assertThat(jdbc
				.sql("select distinct u.username from contact_change ch join staff_user u on u.id = ch.changed_by "
						+ "where ch.contact_id = ?")
				.param(contact)
				.query(String.class)
				.list()).containsExactly("koordinator");
		}

		@Test
		void anotherPeerWorkerOfTheCourseReadsButDoesNotCorrect() throws Exception {
			mvc.perform(get("/contacts/{id}", contact).with(fixtures.as(colleague.username())))
				.andExpect(status().isOk());
			mvc.perform(get("/contacts/{id}/edit", contact).with(fixtures.as(colleague.username())))
				.andExpect(status().isForbidden());
			mvc.perform(edit(fixtures.token(colleague.username()), 0).param("durationMinutes", "90")
				.with(fixtures.as(colleague.username()))).andExpect(status().isForbidden());
			PeerLogin stranger = fixtures.peerLogin(copenhagen, "Fremmed " + tag);
			mvc.perform(get("/contacts/{id}", contact).with(fixtures.as(stranger.username())))
				.andExpect(status().isNotFound());
			mvc.perform(get("/contacts/{id}/edit", contact).with(fixtures.as(stranger.username())))
				.andExpect(status().isNotFound());
			assertThat(changes()).isEmpty();
		}

		/**
		 * A correction with the contact's kind, day and time; the test adds the rest, or
		 * gives another day.
		 */
		private MockHttpServletRequestBuilder edit(String token, long version, String... day) {
			return post("/contacts/{id}/edit", contact).with(csrf())
				.param("token", token)
				.param("version", String.valueOf(version))
				.param("kind", "INDIVIDUAL_CONVERSATION")
				.param("occurredOn", (day.length > 0) ? day[0] : YESTERDAY.toString())
				.param("startsAt", "10:00");
		}

	}

	@Nested
	class Delete {

		@Test
		void aDeletionNeedsAReasonAndTheContactVanishesButIsKept() throws Exception {
			MvcResult form = mvc.perform(get("/contacts/{id}/delete", contact)).andExpect(status().isOk()).andReturn();
			String token = ContactFixtures.tokenOf(form);
			mvc.perform(delete(token).param("reason", " "))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("deleteContactForm", "reason", "NotBlank"));
			mvc.perform(delete(token).param("reason", "Registreret to gange"))
				.andExpect(redirectedUrl("/contacts"))
				.andExpect(flash().attribute("success", "contact.deleted"));
			mvc.perform(delete(token).param("reason", "Registreret to gange"))
				.andExpect(redirectedUrl("/contacts"))
				.andExpect(flash().attribute("success", "contact.repeated"));
			assertThat(jdbc.sql("select delete_reason from contact where id = ? and deleted_at is not null")
				.param(contact)
				.query(String.class)
				.single()).isEqualTo("Registreret to gange");
			assertThat(changes()).containsExactly("deleted:null:null");
			assertThat(fixtures.audited("peer", "DELETE", "SUCCESS", contact)).isEqualTo(1);
			mvc.perform(get("/contacts/{id}", contact)).andExpect(status().isNotFound());
			mvc.perform(get("/contacts").param("recipient", anna.number()))
				.andExpect(model().attribute("totals", ContactTotals.NONE));
		}

		private MockHttpServletRequestBuilder delete(String token) {
			return post("/contacts/{id}/delete", contact).with(csrf()).param("token", token).param("version", "0");
		}

	}

	@Nested
	class Note {

		@Test
		void theAuthorTheCoursesPeerWorkersAndTheCoordinatorsReadTheNote() throws Exception {
			mvc.perform(get("/contacts/{id}", contact))
				.andExpect(content().string(containsString("Forste note " + tag)));
			mvc.perform(get("/contacts/{id}", contact).with(fixtures.as("koordinator")))
				.andExpect(content().string(containsString("Forste note " + tag)));
			mvc.perform(get("/contacts/{id}", contact).with(fixtures.as(colleague.username())))
				.andExpect(content().string(containsString("Forste note " + tag)));
			assertThat(jdbc
				.sql("select actor_username || ':' || detail from audit_event where entity_type = 'CONTACT' "
						+ "and entity_id = ? and action = 'READ' order by id")
				.param(String.valueOf(contact))
				.query(String.class)
				.list())
				.containsExactly("peer:NOTE=SHOWN", "koordinator:NOTE=SHOWN", colleague.username() + ":NOTE=SHOWN");
		}

		@Test
		void aPeerWorkerWhoHeldTheContactButLeftTheCourseReadsItWithoutTheNote() throws Exception {
			PeerLogin held = fixtures.peerLogin(copenhagen, "Holdt " + tag);
			jdbc.sql("update contact set peer_worker_id = ? where id = ?")
				.params(held.peerWorkerId(), contact)
				.update();
			mvc.perform(get("/contacts/{id}", contact).with(fixtures.as(held.username())))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Forste note " + tag))))
				.andExpect(content().string(containsString("Kontakten har en note, som kun")));
		}

		@Test
		void othersDoNotReadTheContactAtAll() throws Exception {
			mvc.perform(get("/contacts/{id}", contact).with(fixtures.as("koordinator.aarhus")))
				.andExpect(status().isNotFound());
			mvc.perform(get("/contacts/{id}", contact).with(fixtures.as("leder"))).andExpect(status().isNotFound());
			mvc.perform(get("/contacts/{id}", contact).with(fixtures.as("admin"))).andExpect(status().isNotFound());
			assertThat(fixtures.audited("koordinator.aarhus", "READ", "DENIED", contact)).isEqualTo(1);
			assertThat(fixtures.audited("leder", "READ", "DENIED", contact)).isEqualTo(1);
		}

	}

	/** The history as field:old:new, oldest first. */
	private List<String> changes() {
		return jdbc
			.sql("select field || ':' || coalesce(old_value, 'null') || ':' || coalesce(new_value, 'null') "
					+ "from contact_change where contact_id = ? order by changed_at, id")
			.param(contact)
			.query(String.class)
			.list();
	}

}
