package dk.peerstoette.instrument;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

/** Instruments made for a test, each with a code of its own. */
final class InstrumentFixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private InstrumentFixtures() {
	}

	static String uniqueCode(String prefix) {
		return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + SEQUENCE.incrementAndGet();
	}

	/**
	 * A valid definition as the form sends it: scale 1-5 with both ends labelled, three
	 * items (the second reverse-scored) and a row of each left empty; change or add
	 * values before sending.
	 */
	static Map<String, String> validForm(String code) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("code", code);
		form.put("nameDa", "Prøveskema");
		form.put("nameEn", "Trial form");
		form.put("descriptionDa", "");
		form.put("descriptionEn", "For testing");
		form.put("scaleMin", "1");
		form.put("scaleMax", "5");
		form.put("minAnsweredShare", "0.50");
		anchor(form, 0, "1", "Aldrig", "Never");
		anchor(form, 1, "5", "Altid", "Always");
		anchor(form, 2, "", "", "");
		item(form, 0, "1", "HOPE", "Jeg ser frem til i morgen.", "I look forward to tomorrow.", false);
		item(form, 1, "2", "HOPE", "Alt virker håbløst.", "Everything seems hopeless.", true);
		item(form, 2, "3", "CONNECTION", "Jeg har nogen at tale med.", "I have someone to talk to.", false);
		item(form, 3, "", "", "", "", false);
		return form;
	}

	static void anchor(Map<String, String> form, int row, String value, String labelDa, String labelEn) {
		form.put("anchors[" + row + "].value", value);
		form.put("anchors[" + row + "].labelDa", labelDa);
		form.put("anchors[" + row + "].labelEn", labelEn);
	}

	static void item(Map<String, String> form, int row, String position, String dimension, String textDa, String textEn,
			boolean reverse) {
		form.put("items[" + row + "].position", position);
		form.put("items[" + row + "].dimension", dimension);
		form.put("items[" + row + "].textDa", textDa);
		form.put("items[" + row + "].textEn", textEn);
		if (reverse) {
			form.put("items[" + row + "].reverse", "true");
		}
		else {
			form.remove("items[" + row + "].reverse");
		}
		form.put("_items[" + row + "].reverse", "on");
	}

	/** The form's values as a POST with CSRF. */
	static MockHttpServletRequestBuilder posting(String url, Map<String, String> form) {
		MockHttpServletRequestBuilder request = post(url).with(csrf());
		form.forEach((name, value) -> request.param(name, value));
		return request;
	}

	static long create(MockMvc mvc, String code) throws Exception {
		MvcResult result = mvc.perform(posting("/admin/instruments", validForm(code)))
			.andExpect(redirectedUrlPattern("/admin/instruments/*"))
			.andReturn();
		return Long.parseLong(result.getResponse().getRedirectedUrl().replace("/admin/instruments/", ""));
	}

	/** An ad hoc assessment of some recipient that uses the instrument. */
	static void useInAnAssessment(JdbcClient jdbc, long instrumentId) {
		jdbc.sql("insert into assessment (recipient_id, course_id, organisation_id, unit_id, instrument_id, timepoint,"
				+ " answered_on, respondent, created_by) select cr.recipient_id, c.id, c.organisation_id, c.unit_id, ?,"
				+ " 'AD_HOC', current_date, 'SELF', (select min(id) from staff_user) from course c"
				+ " join course_recipient cr on cr.course_id = c.id order by c.id limit 1")
			.param(instrumentId)
			.update();
	}

	static int count(JdbcClient jdbc, String code) {
		return jdbc.sql("select count(*) from instrument where code = ?").param(code).query(Integer.class).single();
	}

}
