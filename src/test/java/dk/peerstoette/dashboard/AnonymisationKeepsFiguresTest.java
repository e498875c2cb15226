package dk.peerstoette.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.account.StaffAccountService;
import dk.peerstoette.retention.ErasureForm;
import dk.peerstoette.retention.ErasureGround;
import dk.peerstoette.retention.RetentionService;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.FormProblems;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Anonymisation keeps the statistics: every figure of the dashboard, for past periods of
 * every length and for a coordinator and a manager, is the same before and after a sample
 * of the recipients it counts is anonymised (by erasure on request, the same operation as
 * at the end of the retention period). The figures compared are those the page shows
 * (after disclosure control, whose noise is keyed by the exact inputs) and the exact
 * counts behind them; once with the touched months read from the contacts, once from the
 * rebuilt summaries. No dashboard figure reads what anonymisation removes (birth year,
 * gender, referral, notes, answers): the target group, unit, organisation and course,
 * which it does read, are kept.
 */
@IntegrationTest
class AnonymisationKeepsFiguresTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	StaffAccountService accounts;

	@Autowired
	DashboardService dashboards;

	@Autowired
	ContactSummary summary;

	@Autowired
	RetentionService retention;

	@Test
	void everyFigureOfPastPeriodsIsTheSameAfterASampleIsAnonymised() throws Exception {
		DashboardFixtures f = new DashboardFixtures(jdbc, accounts);
		long targetGroup = jdbc.sql("select id from lookup_value where list_name = 'TARGET_GROUP' and code = 'SEL85'")
			.query(Long.class)
			.single();
		List<String[]> filters = List.of(new String[] { "period", "YEAR", "year", "2025" },
				new String[] { "period", "QUARTER", "year", "2025", "quarter", "1" },
				new String[] { "period", "QUARTER", "year", "2025", "quarter", "2" },
				new String[] { "period", "QUARTER", "year", "2025", "quarter", "3" },
				new String[] { "period", "MONTH", "year", "2025", "month", "3" },
				new String[] { "period", "MONTH", "year", "2025", "month", "5" },
				new String[] { "period", "MONTH", "year", "2025", "month", "7" },
				new String[] { "period", "CUSTOM", "from", "2024-12", "to", "2025-04" },
				new String[] { "year", "2025", "unit", String.valueOf(f.unitA) },
				new String[] { "year", "2025", "targetGroup", String.valueOf(targetGroup) },
				new String[] { "year", "2025", "role", "SUPPLEMENTARY" });
		List<String> readers = List.of(f.coordinator, f.manager);
		// Two of unit A (one with a deleted, a planned and a 2024 contact) and two of
		// unit B; each with a network, which the dashboard counts.
		StaffUser coordinator = (StaffUser) users.loadUserByUsername(f.coordinator);
		List<Long> sample = new ArrayList<>();
		for (String alias : List.of("Dashmodtager A0 ", "Dashmodtager A3 ", "Dashmodtager B1 ", "Dashmodtager B4 ")) {
			long id = jdbc.sql("select id from recipient where alias = ?")
				.param(alias + f.tag)
				.query(Long.class)
				.single();
			jdbc.sql("update contact set note = 'En note', place = 'Et sted' where recipient_id = ?")
				.param(id)
				.update();
			jdbc.sql("insert into recipient_network (recipient_id, role, relatives) values (?, 'PARENT', 2)")
				.param(id)
				.update();
			sample.add(id);
		}
		drainSummaries();
		Map<String, String> before = figures(readers, filters);

		for (long id : sample) {
			ErasureForm form = new ErasureForm();
			form.setErasureGround(ErasureGround.CONSENT_WITHDRAWN);
			form.setConfirmed(true);
			retention.erase(id, form, coordinator, new FormProblems());
		}
		assertThat(jdbc.sql("select count(*) from recipient where id in (:ids) and anonymised_on is not null")
			.param("ids", sample)
			.query(Long.class)
			.single()).isEqualTo(sample.size());

		Map<String, String> fromContacts = figures(readers, filters);
		drainSummaries();
		Map<String, String> fromSummaries = figures(readers, filters);
		assertThat(fromContacts).isEqualTo(before);
		assertThat(fromSummaries).isEqualTo(before);
		// The comparison compares something: the year shows the recipients reached.
		assertThat(before.get(f.coordinator + " period=YEAR&year=2025 counted")).contains("value=11");
	}

	private void drainSummaries() {
		while (summary.refreshStale(50) > 0) {
			// until no month is stale
		}
	}

	/** Each reader's shown tables and exact counts for each filter, as text. */
	private Map<String, String> figures(List<String> readers, List<String[]> filters) throws Exception {
		Map<String, String> figures = new LinkedHashMap<>();
		for (String username : readers) {
			StaffUser reader = (StaffUser) users.loadUserByUsername(username);
			for (String[] params : filters) {
				MockHttpServletRequestBuilder request = get("/dashboard").with(user(reader));
				StringBuilder key = new StringBuilder(username).append(' ');
				for (int i = 0; i < params.length; i += 2) {
					request.param(params[i], params[i + 1]);
					key.append(i > 0 ? "&" : "").append(params[i]).append('=').append(params[i + 1]);
				}
				MvcResult result = mvc.perform(request)
					.andExpect(status().isOk())
					.andExpect(model().hasNoErrors())
					.andReturn();
				Map<String, Object> model = result.getModelAndView().getModel();
				figures.put(key + " shown", String.valueOf(model.get("tables")));
				figures.put(key + " counted", String.valueOf(dashboards.counted((DashboardFilter) model.get("filter"),
						reader, Locale.forLanguageTag("da"))));
			}
		}
		return figures;
	}

}
