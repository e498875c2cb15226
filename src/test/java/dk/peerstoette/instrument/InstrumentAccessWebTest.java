package dk.peerstoette.instrument;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dk.peerstoette.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static dk.peerstoette.instrument.InstrumentFixtures.count;
import static dk.peerstoette.instrument.InstrumentFixtures.posting;
import static dk.peerstoette.instrument.InstrumentFixtures.uniqueCode;
import static dk.peerstoette.instrument.InstrumentFixtures.validForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators change instruments; managers read the same pages without any form or
 * button; coordinators and peer workers do not reach them at all.
 */
@IntegrationTest
class InstrumentAccessWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InstrumentService administration;

	@Autowired
	UserDetailsService users;

	@Nested
	@WithUserDetails("leder")
	class Manager {

		@Test
		void readsTheListAndAnInstrumentWithoutAnyFormOrButton() throws Exception {
			mvc.perform(get("/admin/instruments"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(">CHIME-10</a>")))
				.andExpect(content().string(not(containsString("/admin/instruments/new"))))
				.andExpect(content().string(not(containsString("/admin/instruments/import"))));
			mvc.perform(get("/admin/instruments/{id}", standardId()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Der er mennesker i mit liv, som jeg kan regne med.")))
				.andExpect(content().string(not(containsString("action=\"/admin/instruments"))))
				.andExpect(content().string(not(containsString("/edit\""))));
		}

		@Test
		void getsNoFormAndCannotChangeAnything() throws Exception {
			long id = standardId();
			for (String page : List.of("/admin/instruments/new", "/admin/instruments/import",
					"/admin/instruments/" + id + "/edit")) {
				mvc.perform(get(page)).andExpect(status().isForbidden());
			}
			String code = uniqueCode("MGR");
			mvc.perform(posting("/admin/instruments", validForm(code))).andExpect(status().isForbidden());
			mvc.perform(post("/admin/instruments/{id}/retire", id).with(csrf()).param("version", "0"))
				.andExpect(status().isForbidden());
			mvc.perform(post("/admin/instruments/{id}/new-version", id).with(csrf())).andExpect(status().isForbidden());
			mvc.perform(multipart("/admin/instruments/import")
				.file(new MockMultipartFile("file", "x.json", "application/json",
						("{\"code\": \"" + code + "\"}").getBytes(StandardCharsets.UTF_8)))
				.with(csrf())).andExpect(status().isForbidden());
			assertThat(count(jdbc, code)).isZero();
			assertThat(jdbc.sql("select status from instrument where id = ?").param(id).query(String.class).single())
				.isEqualTo("ACTIVE");
		}

		@Test
		void isRefusedByTheServiceItselfAndNotOnlyByTheUrlRules() {
			assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> administration.newVersion(1));
			assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> administration.retire(1, 0));
		}

	}

	@Nested
	class OtherRoles {

		@ParameterizedTest
		@ValueSource(strings = { "koordinator", "peer" })
		void getNoInstrumentPages(String username) throws Exception {
			for (String page : List.of("/admin/instruments", "/admin/instruments/" + standardId(),
					"/admin/instruments/examples/chime-10.json")) {
				mvc.perform(get(page).with(user(users.loadUserByUsername(username)))).andExpect(status().isForbidden());
			}
		}

	}

	private long standardId() {
		return jdbc.sql("select id from instrument where code = 'CHIME-10' and version_number = 1")
			.query(Long.class)
			.single();
	}

}
