package dk.peerstoette.account;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.peerstoette.ErrorSummary;
import dk.peerstoette.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
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
@WithUserDetails("admin")
class UserAdministrationWebTest {

	private static final String GOOD_PASSWORD = "Plenty-long-Quill-7";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Nested
	class Listing {

		@Test
		void listsTheDemoUsersWithACount() throws Exception {
			mvc.perform(get("/admin/users"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("koordinator.aarhus")))
				.andExpect(content().string(containsString("Karen Koordinator")))
				.andExpect(content().string(containsString("fundet")));
		}

		@Test
		void searchesByUsernameOrName() throws Exception {
			mvc.perform(get("/admin/users").param("q", "KOORD"))
				.andExpect(content().string(containsString("koordinator.aarhus")))
				.andExpect(content().string(not(containsString("Peter Peer"))));
			mvc.perform(get("/admin/users").param("q", "pia"))
				.andExpect(content().string(containsString("peer.aarhus")))
				.andExpect(content().string(not(containsString("Karen Koordinator"))));
		}

		@Test
		void aSearchWithLikeWildcardsMatchesThemLiterally() throws Exception {
			mvc.perform(get("/admin/users").param("q", "%"))
				.andExpect(content().string(containsString("Ingen brugere matcher søgningen")));
		}

		@Test
		void filtersByRoleAndStatus() throws Exception {
			MvcResult result = mvc.perform(get("/admin/users").param("role", "PEER_WORKER").param("active", "true"))
				.andReturn();
			String html = result.getResponse().getContentAsString();
			assertThat(html).contains("peer.aarhus").doesNotContain("koordinator.aarhus");
		}

		@Test
		void sortsByAnOfferedColumnAndIgnoresOthers() throws Exception {
			String byNameDesc = mvc.perform(get("/admin/users").param("q", "koordinator").param("sort", "name,desc"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(byNameDesc.indexOf("Karen Koordinator")).isLessThan(byNameDesc.indexOf("Anders Koordinator"));
			String byNameAsc = mvc.perform(get("/admin/users").param("q", "koordinator").param("sort", "name,asc"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(byNameAsc.indexOf("Anders Koordinator")).isLessThan(byNameAsc.indexOf("Karen Koordinator"));
			// A column that is not offered (or an attempt at injection) falls back to the
			// default order.
			mvc.perform(get("/admin/users").param("sort", "passwordHash;drop table staff_user,asc"))
				.andExpect(status().isOk());
		}

		@Test
		void pagesKeepTheFilters() throws Exception {
			// koordinator.aarhus and peer.aarhus, one to a page.
			mvc.perform(get("/admin/users?size=1&q=aarhus"))
				.andExpect(model().attribute("page",
						org.hamcrest.Matchers.hasProperty("totalPages", org.hamcrest.Matchers.equalTo(2))))
				.andExpect(content().string(containsString("href=\"/admin/users?size=1&amp;q=aarhus&amp;page=1\"")));
		}

	}

	@Nested
	class Create {

		@Test
		void createsAUserWhoCanSignIn() throws Exception {
			String username = uniqueUsername();
			MvcResult result = mvc
				.perform(newUser(username).param("password", GOOD_PASSWORD).param("passwordRepeat", GOOD_PASSWORD))
				.andExpect(redirectedUrlPattern("/admin/users/*"))
				.andExpect(flash().attribute("success", "user.created"))
				.andReturn();
			long id = Long.parseLong(result.getResponse().getRedirectedUrl().replace("/admin/users/", ""));
			assertThat(audited("CREATE", id)).isEqualTo(1);
			assertThat(jdbc.sql("select password_hash from staff_user where id = ?")
				.param(id)
				.query(String.class)
				.single()).startsWith("{bcrypt}");
			mvc.perform(formLogin("/login").user(username).password(GOOD_PASSWORD)).andExpect(redirectedUrl("/"));
		}

		@Test
		void badInputComesBackWithMessagesNextToTheFieldsAndTypedValuesKept() throws Exception {
			mvc.perform(post("/admin/users").with(csrf())
				.param("username", "Kim Hansen!")
				.param("fullName", "")
				.param("role", "COORDINATOR")
				.param("password", "short")
				.param("passwordRepeat", "short"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("newUserForm", "username", "fullName"))
				.andExpect(content().string(containsString("value=\"Kim Hansen!\"")))
				.andExpect(content().string(containsString("aria-invalid=\"true\"")))
				.andExpect(content().string(containsString("id=\"username-error\"")))
				.andExpect(content().string(not(containsString("value=\"short\""))));
		}

		/**
		 * A taken username, no organisation, a short password and another repeated: all
		 * four in one answer, every value kept but the passwords.
		 */
		@Test
		void fourProblemsComeBackInOneAnswer() throws Exception {
			MockHttpServletRequestBuilder form = post("/admin/users").with(csrf())
				.param("username", "koordinator")
				.param("fullName", "Kim Hansen")
				.param("role", "COORDINATOR")
				.param("password", "kort-1")
				.param("passwordRepeat", "kort-2");
			String html = mvc.perform(form)
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("newUserForm", "username", "user.username.taken"))
				.andExpect(model().attributeHasFieldErrorCode("newUserForm", "organisationId",
						"user.organisation.required"))
				.andExpect(model().attributeHasFieldErrorCode("newUserForm", "password", "password.tooShort"))
				.andExpect(model().attributeHasFieldErrorCode("newUserForm", "passwordRepeat", "password.mismatch"))
				// "kort-1" is both too short and easy to guess: two problems of one
				// field.
				.andExpect(model().errorCount(5))
				.andReturn()
				.getResponse()
				.getContentAsString();
			ErrorSummary summary = ErrorSummary.of(html);
			assertThat(summary.heading()).isEqualTo("Der er 5 problemer");
			assertThat(summary.fields()).containsExactlyInAnyOrder("username", "organisationId", "password", "password",
					"passwordRepeat");
			assertThat(summary.messages()).contains("Brugernavnet er allerede i brug. Vælg et andet.");
			Document page = Jsoup.parse(html);
			assertThat(page.select("#username").val()).isEqualTo("koordinator");
			assertThat(page.select("#fullName").val()).isEqualTo("Kim Hansen");
			assertThat(page.select("#role option[selected]").val()).isEqualTo("COORDINATOR");
			assertThat(page.select("#password").val()).isEmpty();
			assertThat(html).doesNotContain("kort-1").doesNotContain("kort-2");
			assertThat(countUsers("koordinator")).isEqualTo(1);
			// The same in English.
			String english = mvc.perform(form.cookie(new Cookie("lang", "en")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(ErrorSummary.of(english).heading()).isEqualTo("There are 5 problems");
		}

		@Test
		void aUsersOwnPasswordChangeNamesEveryProblemAtOnce() throws Exception {
			String username = uniqueUsername();
			mvc.perform(newUser(username).param("password", GOOD_PASSWORD).param("passwordRepeat", GOOD_PASSWORD))
				.andExpect(redirectedUrlPattern("/admin/users/*"));
			String html = mvc
				.perform(post("/account/password").with(csrf())
					.with(user(users.loadUserByUsername(username)))
					.param("currentPassword", "Not-my-Walrus-password-1")
					.param("password", "kort-1")
					.param("passwordRepeat", "kort-2"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("passwordChangeForm", "currentPassword",
						"password.current.wrong"))
				.andExpect(model().attributeHasFieldErrorCode("passwordChangeForm", "password", "password.tooShort"))
				.andExpect(
						model().attributeHasFieldErrorCode("passwordChangeForm", "passwordRepeat", "password.mismatch"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(ErrorSummary.of(html).heading()).isEqualTo("Der er 4 problemer");
		}

		@Test
		void aWeakPasswordIsRefused() throws Exception {
			String username = uniqueUsername();
			mvc.perform(newUser(username).param("password", "aaaaaaaaaaaaaa").param("passwordRepeat", "aaaaaaaaaaaaaa"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("newUserForm", "password", "password.common"));
			mvc.perform(newUser(username).param("password", username + "-99").param("passwordRepeat", username + "-99"))
				.andExpect(model().attributeHasFieldErrorCode("newUserForm", "password", "password.containsUsername"));
			mvc.perform(newUser(username).param("password", GOOD_PASSWORD).param("passwordRepeat", "Different-7777"))
				.andExpect(model().attributeHasFieldErrorCode("newUserForm", "passwordRepeat", "password.mismatch"));
			assertThat(countUsers(username)).isZero();
		}

		@Test
		void aDuplicateUsernameGetsAClearMessage() throws Exception {
			mvc.perform(newUser("KOORDINATOR").param("password", GOOD_PASSWORD).param("passwordRepeat", GOOD_PASSWORD))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("newUserForm", "username", "user.username.taken"))
				.andExpect(content().string(containsString("Brugernavnet er allerede i brug")))
				.andExpect(content().string(containsString("value=\"KOORDINATOR\"")));
		}

		@Test
		void everyoneButAnAdministratorNeedsAnOrganisationAndOnlyManagersAPartnership() throws Exception {
			String username = uniqueUsername();
			mvc.perform(post("/admin/users").with(csrf())
				.param("username", username)
				.param("fullName", "No Organisation")
				.param("role", "PEER_WORKER")
				.param("password", GOOD_PASSWORD)
				.param("passwordRepeat", GOOD_PASSWORD))
				.andExpect(model().attributeHasFieldErrorCode("newUserForm", "organisationId",
						"user.organisation.required"));
			mvc.perform(newUser(username).param("partnershipId", partnershipId().toString())
				.param("password", GOOD_PASSWORD)
				.param("passwordRepeat", GOOD_PASSWORD))
				.andExpect(model().attributeHasFieldErrorCode("newUserForm", "partnershipId",
						"user.partnership.managersOnly"));
			assertThat(countUsers(username)).isZero();
		}

		@Test
		@WithUserDetails("koordinator")
		void aCoordinatorCannotCreateUsers() throws Exception {
			String username = uniqueUsername();
			mvc.perform(newUser(username).param("password", GOOD_PASSWORD).param("passwordRepeat", GOOD_PASSWORD))
				.andExpect(status().isForbidden());
			assertThat(countUsers(username)).isZero();
		}

	}

	@Nested
	class Edit {

		@Test
		void readingAUserIsAudited() throws Exception {
			long id = createUser(uniqueUsername());
			mvc.perform(get("/admin/users/{id}", id)).andExpect(status().isOk());
			assertThat(audited("READ", id)).isEqualTo(1);
		}

		@Test
		void anUnknownUserIs404() throws Exception {
			mvc.perform(get("/admin/users/{id}", 987654321L)).andExpect(status().isNotFound());
		}

		@Test
		void changesRoleAndOrganisation() throws Exception {
			long id = createUser(uniqueUsername());
			mvc.perform(post("/admin/users/{id}", id).with(csrf())
				.param("fullName", "Now A Manager")
				.param("role", "MANAGER")
				.param("organisationId", organisationId("Region Hovedstaden").toString())
				.param("partnershipId", partnershipId().toString())
				.param("version", "0"))
				.andExpect(redirectedUrl("/admin/users/" + id))
				.andExpect(flash().attribute("success", "user.saved"));
			assertThat(jdbc.sql("select role from staff_user where id = ?").param(id).query(String.class).single())
				.isEqualTo("MANAGER");
			assertThat(jdbc
				.sql("select detail from audit_event where entity_type = 'USER' and entity_id = ? "
						+ "and action = 'UPDATE'")
				.param(String.valueOf(id))
				.query(String.class)
				.single()).isEqualTo("FIELDS=fullName,role,organisation,partnership");
		}

		@Test
		void savingOverSomeoneElsesNewerChangeIsRefusedAndNothingIsOverwritten() throws Exception {
			long id = createUser(uniqueUsername());
			// Someone else saves first: the version moves from 0 to 1.
			mvc.perform(post("/admin/users/{id}", id).with(csrf())
				.param("fullName", "First Save")
				.param("role", "PEER_WORKER")
				.param("organisationId", organisationId("Aarhus Kommune").toString())
				.param("version", "0")).andExpect(status().isFound());
			mvc.perform(post("/admin/users/{id}", id).with(csrf())
				.param("fullName", "Second Save")
				.param("role", "COORDINATOR")
				.param("organisationId", organisationId("Aarhus Kommune").toString())
				.param("version", "0"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasErrors("editUserForm"))
				.andExpect(content().string(containsString("En anden har gemt ændringer")))
				.andExpect(content().string(containsString("value=\"Second Save\"")));
			assertThat(jdbc.sql("select full_name from staff_user where id = ?").param(id).query(String.class).single())
				.isEqualTo("First Save");
		}

		@Test
		void aDeactivatedUserCannotSignInUntilReactivated() throws Exception {
			String username = uniqueUsername();
			long id = createUser(username);
			mvc.perform(
					post("/admin/users/{id}/active", id).with(csrf()).param("active", "false").param("version", "0"))
				.andExpect(flash().attribute("success", "user.deactivated"));
			mvc.perform(formLogin("/login").user(username).password(GOOD_PASSWORD))
				.andExpect(redirectedUrl("/login?error"));
			mvc.perform(post("/admin/users/{id}/active", id).with(csrf()).param("active", "true").param("version", "1"))
				.andExpect(flash().attribute("success", "user.activated"));
			mvc.perform(formLogin("/login").user(username).password(GOOD_PASSWORD)).andExpect(redirectedUrl("/"));
		}

		@Test
		void aDeactivatedUserIsNotDeactivatedAgainNorAnActiveOneActivated() throws Exception {
			long id = createUser(uniqueUsername());
			mvc.perform(post("/admin/users/{id}/active", id).with(csrf()).param("active", "true").param("version", "0"))
				.andExpect(flash().attribute("error", "user.alreadyActive"));
			mvc.perform(
					post("/admin/users/{id}/active", id).with(csrf()).param("active", "false").param("version", "0"))
				.andExpect(flash().attribute("success", "user.deactivated"));
			mvc.perform(
					post("/admin/users/{id}/active", id).with(csrf()).param("active", "false").param("version", "1"))
				.andExpect(flash().attribute("error", "user.alreadyInactive"));
			assertThat(audited("UPDATE", id)).isEqualTo(1);
			assertThat(jdbc.sql("select version from staff_user where id = ?").param(id).query(Long.class).single())
				.isEqualTo(1);
		}

		@Test
		void anAdministratorCannotDeactivateThemselves() throws Exception {
			long admin = jdbc.sql("select id from staff_user where username = 'admin'").query(Long.class).single();
			long version = jdbc.sql("select version from staff_user where id = ?")
				.param(admin)
				.query(Long.class)
				.single();
			mvc.perform(post("/admin/users/{id}/active", admin).with(csrf())
				.param("active", "false")
				.param("version", String.valueOf(version)))
				.andExpect(flash().attribute("error", "user.deactivate.self"));
			assertThat(
					jdbc.sql("select active from staff_user where id = ?").param(admin).query(Boolean.class).single())
				.isTrue();
		}

		@Test
		void resetsAPassword() throws Exception {
			String username = uniqueUsername();
			long id = createUser(username);
			mvc.perform(post("/admin/users/{id}/password", id).with(csrf())
				.param("password", "Brand-new-pass-1")
				.param("passwordRepeat", "Brand-new-pass-1")
				.param("version", "0")).andExpect(flash().attribute("success", "user.passwordReset"));
			mvc.perform(formLogin("/login").user(username).password(GOOD_PASSWORD))
				.andExpect(redirectedUrl("/login?error"));
			mvc.perform(formLogin("/login").user(username).password("Brand-new-pass-1")).andExpect(redirectedUrl("/"));
			assertThat(jdbc
				.sql("select count(*) from audit_event where entity_type = 'USER' and entity_id = ? "
						+ "and detail = 'PASSWORD_RESET;CHANGE_REQUIRED=true'")
				.param(String.valueOf(id))
				.query(Integer.class)
				.single()).isEqualTo(1);
		}

	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder newUser(String username) {
		return post("/admin/users").with(csrf())
			.param("username", username)
			.param("fullName", "Test " + username)
			.param("role", "PEER_WORKER")
			.param("organisationId", organisationId("Aarhus Kommune").toString());
	}

	private long createUser(String username) throws Exception {
		MvcResult result = mvc
			.perform(newUser(username).param("password", GOOD_PASSWORD).param("passwordRepeat", GOOD_PASSWORD))
			.andExpect(redirectedUrlPattern("/admin/users/*"))
			.andReturn();
		return Long.parseLong(result.getResponse().getRedirectedUrl().replace("/admin/users/", ""));
	}

	private static String uniqueUsername() {
		return "user-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private Long organisationId(String name) {
		return jdbc.sql("select id from organisation where name = ?").param(name).query(Long.class).single();
	}

	private Long partnershipId() {
		return jdbc.sql("select id from partnership where name = 'Partnerskab Region Hovedstaden'")
			.query(Long.class)
			.single();
	}

	private int countUsers(String username) {
		return jdbc.sql("select count(*) from staff_user where username = ?")
			.param(username.toLowerCase())
			.query(Integer.class)
			.single();
	}

	private int audited(String action, long id) {
		return jdbc.sql("select count(*) from audit_event where entity_type = 'USER' and entity_id = ? and action = ?")
			.param(String.valueOf(id))
			.param(action)
			.query(Integer.class)
			.single();
	}

}
