package dk.peerstoette.checkin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.peerstoette.DateFields;
import dk.peerstoette.TestClock;
import dk.peerstoette.TestClockConfiguration;
import dk.peerstoette.WithStaffUser;
import dk.peerstoette.instrument.InstrumentDefinition;
import dk.peerstoette.instrument.InstrumentPurpose;
import dk.peerstoette.instrument.InstrumentStatus;
import dk.peerstoette.instrument.ItemDimension;
import dk.peerstoette.partnership.Choice;
import dk.peerstoette.security.Role;
import dk.peerstoette.web.FormProblems;
import dk.peerstoette.web.WebSliceConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ModuleSlicing;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
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
 * {@link WebMvcTest} slice with the check-in services standing in, the instrument a
 * made-up one. What is saved, who may read it and the access log are
 * {@link CheckInWebTest}'s, on the whole application.
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

	/** Seven items with the ids 101 to 107, on 0 to 4. */
	static final List<Long> ITEMS = List.of(101L, 102L, 103L, 104L, 105L, 106L, 107L);

	static final InstrumentDefinition INSTRUMENT = new InstrumentDefinition(7, "CHECKIN-7", 1, "Check-in", "Check-in",
			null, null, 0, 4, BigDecimal.ONE, InstrumentStatus.ACTIVE, InstrumentPurpose.PEER_CHECKIN,
			List.of(new InstrumentDefinition.Anchor(0, "Slet ikke", "Not at all")),
			List.of(item(101, ItemDimension.HOPE), item(102, ItemDimension.MEANING), item(103, ItemDimension.IDENTITY),
					item(104, ItemDimension.COMPETENCE), item(105, ItemDimension.CONNECTION),
					item(106, ItemDimension.DEMAND), item(107, ItemDimension.SET_BACK)));

	@BeforeEach
	void anInstrument() {
		given(this.checkIns.questionnaire(any(), any(), any()))
			.willReturn(new CheckInService.Questionnaire(INSTRUMENT, List.of(new Choice(7, "Check-in (v1)"))));
		// As the service does: nothing is saved while the form has a problem.
		given(this.checkIns.create(any(), any(), any())).willAnswer((call) -> {
			call.getArgument(2, FormProblems.class).throwIfAny();
			return 1L;
		});
	}

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
	void theItemsAreTheInstrumentsAndStatisticsAreNotTickedUnlessThePeerWorkerTicksThem() throws Exception {
		given(this.checkIns.mayAnswer(any())).willReturn(true);
		String page = this.mvc.perform(get("/checkins/new"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (long item : ITEMS) {
			assertThat(page).contains("name=\"answers[" + item + "]\"");
		}
		assertThat(page).containsPattern("<input[^>]*id=\"statisticsConsent\"[^>]*>")
			.doesNotContainPattern("<input[^>]*id=\"statisticsConsent\"[^>]*checked[^>]*>");
	}

	@Test
	void someoneWhoMayNotAnswerIsSentToTheList() throws Exception {
		given(this.checkIns.mayAnswer(any())).willReturn(false);
		this.mvc.perform(get("/checkins/new")).andExpect(redirectedUrl("/checkins"));
	}

	@Test
	void aCheckedFormIsHandedOnAndTheListSaysSo() throws Exception {
		this.mvc.perform(CheckInFixtures.valid(post("/checkins"), ITEMS, 7))
			.andExpect(redirectedUrl("/checkins"))
			.andExpect(flash().attribute("success", "checkin.saved"));
		then(this.checkIns).should()
			.create(argThat((user) -> user.getUsername().equals("peer")), argThat(
					(form) -> form.given().equals(Map.of(101L, 2, 102L, 3, 103L, 4, 104L, 2, 105L, 0, 106L, 3, 107L, 1))
							&& !form.isStatisticsConsent() && form.getInstrumentId() == 7),
					any());
	}

	@Test
	void aFormThatFailsItsOwnChecksComesBackWithTheTypedValues() throws Exception {
		this.mvc
			.perform(CheckInFixtures.valid(post("/checkins"), ITEMS, 7, "answeredOn", "", "1", "", "statisticsConsent",
					"true"))
			.andExpect(status().isOk())
			.andExpect(view().name("checkin/new"))
			.andExpect(model().attributeHasFieldErrorCode("checkInForm", "answeredOn", "NotNull"))
			.andExpect(content().string(allOf(containsString("id=\"answeredOn-error\""),
					matchesPattern("(?s).*id=\"a-102-3\"[^>]*checked.*"))))
			.andExpect(content().string(matchesPattern("(?s).*<input[^>]*id=\"statisticsConsent\"[^>]*checked.*")));
	}

	private static InstrumentDefinition.Item item(long id, ItemDimension dimension) {
		return new InstrumentDefinition.Item(id, (int) (id - 100), dimension, "Udsagn " + id, "Statement " + id, false);
	}

}
