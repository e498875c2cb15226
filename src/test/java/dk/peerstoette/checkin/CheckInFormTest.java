package dk.peerstoette.checkin;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dk.peerstoette.DateFields;
import dk.peerstoette.TestClock;
import dk.peerstoette.TestClockConfiguration;
import dk.peerstoette.WithStaffUser;
import dk.peerstoette.security.Role;
import dk.peerstoette.web.WebSliceConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ModuleSlicing;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static dk.peerstoette.checkin.CheckInFixtures.valid;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The check-in form as its controller binds, checks and answers it, without a database: a
 * {@link WebMvcTest} slice with the check-in services standing in. What is saved, who may
 * read it and the access log are {@link CheckInWebTest}'s, on the whole application.
 */
@WebMvcTest(CheckInController.class)
@ModuleSlicing(extraIncludes = "web", verifyAutomatically = false)
@Import({ TestClockConfiguration.class, WebSliceConfiguration.class })
@ActiveProfiles("test")
@WithStaffUser(username = "peer", role = Role.PEER_WORKER, peerWorker = 7)
class CheckInFormTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CheckInService checkIns;

	@MockitoBean
	SupervisionFlags flags;

	@Test
	void theFormOffersTodayOfTheApplicationsClockInTheReadersWayOfWritingIt() throws Exception {
		given(this.checkIns.mayAnswer(any())).willReturn(true);
		LocalDate today = TestClock.today();
		this.mvc.perform(get("/checkins/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + DateFields.danish(today) + "\"")));
		this.mvc.perform(get("/checkins/new").param("lang", "en"))
			.andExpect(content().string(containsString("value=\"" + today + "\"")));
	}

	@Test
	void someoneWhoMayNotAnswerIsSentToTheList() throws Exception {
		given(this.checkIns.mayAnswer(any())).willReturn(false);
		this.mvc.perform(get("/checkins/new")).andExpect(redirectedUrl("/checkins"));
	}

	@Test
	void aCheckedFormIsHandedOnAndTheListSaysSo() throws Exception {
		this.mvc.perform(valid(post("/checkins")))
			.andExpect(redirectedUrl("/checkins"))
			.andExpect(flash().attribute("success", "checkin.saved"));
		then(this.checkIns).should()
			.create(argThat((user) -> user.getUsername().equals("peer")),
					argThat((form) -> form.answers().equals(new CheckInAnswers(2, 3, 4, 2, 0, 3, 1))));
	}

	@Test
	void everyProblemComesBackAtItsFieldAndNothingIsHandedOn() throws Exception {
		LocalDate tomorrow = TestClock.today().plusDays(1);
		this.mvc
			.perform(valid(post("/checkins"), "answeredOn", DateFields.danish(tomorrow), "hope", "", "demand", "-1"))
			.andExpect(status().isOk())
			.andExpect(view().name("checkin/new"))
			.andExpect(model().attributeHasFieldErrorCode("checkInForm", "answeredOn", "checkin.answeredOn.future"))
			.andExpect(model().attributeHasFieldErrorCode("checkInForm", "hope", "NotNull"))
			.andExpect(model().attributeHasFieldErrorCode("checkInForm", "demand", "checkin.answer.range"))
			.andExpect(content().string(allOf(containsString("id=\"answeredOn-error\""),
					containsString("id=\"hope-error\""), containsString("id=\"demand-error\""))));
		then(this.checkIns).should(never()).create(any(), any());
	}

}
