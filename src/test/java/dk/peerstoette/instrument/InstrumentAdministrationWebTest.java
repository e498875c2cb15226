package dk.peerstoette.instrument;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.peerstoette.ErrorSummary;
import dk.peerstoette.IntegrationTest;
import dk.peerstoette.partnership.Choice;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static dk.peerstoette.instrument.InstrumentFixtures.count;
import static dk.peerstoette.instrument.InstrumentFixtures.create;
import static dk.peerstoette.instrument.InstrumentFixtures.item;
import static dk.peerstoette.instrument.InstrumentFixtures.posting;
import static dk.peerstoette.instrument.InstrumentFixtures.uniqueCode;
import static dk.peerstoette.instrument.InstrumentFixtures.useInAnAssessment;
import static dk.peerstoette.instrument.InstrumentFixtures.validForm;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
@WithUserDetails("admin")
class InstrumentAdministrationWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InstrumentDirectory instruments;

	@Nested
	class Listing {

		@Test
		void listsTheStandardInstrumentWithItsStatusAndSearchesByCode() throws Exception {
			mvc.perform(get("/admin/instruments").param("q", "chime-1"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(">CHIME-10</a>")))
				.andExpect(content().string(containsString("I brug")))
				.andExpect(content().string(containsString("href=\"/admin/instruments/new\"")))
				.andExpect(content().string(containsString("href=\"/admin/instruments/import\"")));
			mvc.perform(get("/admin/instruments").param("q", "no-such-instrument"))
				.andExpect(content().string(containsString("Ingen instrumenter passer til søgningen.")));
		}

		@Test
		void filtersByStatusAndSortsByUses() throws Exception {
			String code = uniqueCode("LIST");
			create(mvc, code);
			mvc.perform(get("/admin/instruments").param("status", "DRAFT").param("q", code))
				.andExpect(content().string(containsString(">" + code + "</a>")));
			mvc.perform(get("/admin/instruments").param("status", "RETIRED").param("q", code))
				.andExpect(content().string(not(containsString(">" + code + "</a>"))));
			mvc.perform(get("/admin/instruments").param("sort", "uses,desc").param("size", "100"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("aria-sort=\"descending\"")));
		}

	}

	@Nested
	class Define {

		@Test
		void createsADraftWithScaleAnchorsAndItemsThatScoresByTheRule() throws Exception {
			String code = uniqueCode("DEF");
			long id = create(mvc, code);
			assertThat(jdbc
				.sql("select status || '/' || version_number || '/' || scale_min || '-' || scale_max || '/'"
						+ " || coalesce(description_da, '-') || '/' || description_en from instrument where id = ?")
				.param(id)
				.query(String.class)
				.single()).isEqualTo("DRAFT/1/1-5/-/For testing");
			assertThat(jdbc
				.sql("select position || ':' || dimension || ':' || reverse_scored from instrument_item"
						+ " where instrument_id = ? order by position")
				.param(id)
				.query(String.class)
				.list()).containsExactly("1:HOPE:false", "2:HOPE:true", "3:CONNECTION:false");
			assertThat(jdbc.sql("select count(*) from instrument_anchor where instrument_id = ?")
				.param(id)
				.query(Integer.class)
				.single()).isEqualTo(2);
			InstrumentDefinition definition = instruments.definition(id).orElseThrow();
			long first = definition.items().get(0).id();
			long second = definition.items().get(1).id();
			// Hope: 4 and reverse-scored 2 -> 1 + 5 - 2 = 4 -> 4.00; Connection
			// unanswered.
			DimensionScores scores = definition.score(Map.of(first, 4, second, 2));
			assertThat(scores.of(ChimeDimension.HOPE)).isEqualByComparingTo("4.00");
			assertThat(scores.of(ChimeDimension.CONNECTION)).isNull();
			mvc.perform(get("/admin/instruments/{id}", id))
				.andExpect(content().string(containsString("Alt virker håbløst.")))
				.andExpect(content().string(containsString("Everything seems hopeless.")))
				.andExpect(content().string(containsString("Ikke brugt i målinger")))
				.andExpect(content().string(containsString("href=\"/admin/instruments/" + id + "/edit\"")));
			assertThat(auditDetails(id)).containsExactly("FORM");
		}

		@Test
		void moreItemRowsKeepEverythingTypedAndSaveNothing() throws Exception {
			String code = uniqueCode("ROWS");
			Map<String, String> form = validForm(code);
			form.put("moreItems", "1");
			mvc.perform(posting("/admin/instruments", form))
				.andExpect(status().isOk())
				.andExpect(model().hasNoErrors())
				.andExpect(content().string(containsString("name=\"items[29].textDa\"")))
				.andExpect(content().string(not(containsString("name=\"items[30].textDa\""))))
				.andExpect(content().string(containsString("value=\"Everything seems hopeless.\"")))
				.andExpect(content().string(containsString("value=\"" + code + "\"")));
			assertThat(count(jdbc, code)).isZero();
		}

	}

	@Nested
	class Refusals {

		@Test
		void aScaleTooWideMissingTextsAndABadShareGetMessagesNextToTheFieldsAndKeepTheValues() throws Exception {
			String code = uniqueCode("BAD");
			Map<String, String> form = validForm(code);
			form.put("nameDa", " ");
			form.put("scaleMin", "0");
			form.put("scaleMax", "11");
			form.put("minAnsweredShare", "1.5");
			form.put("items[1].textEn", "");
			mvc.perform(posting("/admin/instruments", form))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("instrumentForm", "nameDa", "NotBlank"))
				.andExpect(model().attributeHasFieldErrorCode("instrumentForm", "scaleMax", "instrument.scale.tooWide"))
				.andExpect(model().attributeHasFieldErrorCode("instrumentForm", "minAnsweredShare",
						"instrument.share.range"))
				.andExpect(model().attributeHasFieldErrorCode("instrumentForm", "items[1].textEn", "NotBlank"))
				.andExpect(content().string(containsString("Skalaen må højst spænde over 10 trin.")))
				.andExpect(content().string(containsString("id=\"item-1-textEn-error\"")))
				.andExpect(content().string(containsString("value=\"11\"")))
				.andExpect(content().string(containsString("value=\"1.5\"")))
				.andExpect(content().string(containsString("value=\"Alt virker h&aring;bl&oslash;st.\"")))
				.andExpect(content().string(containsString("value=\"I have someone to talk to.\"")));
			assertThat(count(jdbc, code)).isZero();
		}

		@Test
		void anchorsOffTheScaleAndBadItemRowsGetMessagesOnTheirRow() throws Exception {
			String code = uniqueCode("BAD");
			Map<String, String> form = validForm(code);
			form.put("scaleMax", "1");
			mvc.perform(posting("/admin/instruments", form))
				.andExpect(model().attributeHasFieldErrorCode("instrumentForm", "scaleMax", "instrument.scale.order"));
			form = validForm(code);
			form.put("anchors[1].value", "6");
			form.put("items[0].position", "abc");
			item(form, 2, "2", "", "Tekst", "Text", true);
			mvc.perform(posting("/admin/instruments", form))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("instrumentForm", "anchors[1].value",
						"instrument.anchor.offScale"))
				.andExpect(model().attributeHasFieldErrorCode("instrumentForm", "items[0].position", "typeMismatch"))
				.andExpect(model().attributeHasFieldErrorCode("instrumentForm", "items[2].position",
						"instrument.item.position.duplicate"))
				.andExpect(model().attributeHasFieldErrorCode("instrumentForm", "items[2].dimension", "NotNull"))
				.andExpect(content().string(containsString("Skal ligge på skalaen (1 til 5).")))
				// A browser sends only digits from a number field; anything else is
				// refused.
				.andExpect(content().string(containsString("id=\"item-0-position-error\">Ugyldig værdi.")))
				.andExpect(content().string(containsString("value=\"6\"")));
			assertThat(count(jdbc, code)).isZero();
		}

		@Test
		void anInstrumentWithoutItemsIsRefused() throws Exception {
			String code = uniqueCode("EMPTY");
			Map<String, String> form = validForm(code);
			for (int row = 0; row < 3; row++) {
				item(form, row, "", "", "", "", false);
			}
			mvc.perform(posting("/admin/instruments", form))
				.andExpect(model().attributeHasFieldErrorCode("instrumentForm", "items", "instrument.items.none"))
				.andExpect(content().string(containsString("Instrumentet skal have mindst ét spørgsmål")));
			assertThat(count(jdbc, code)).isZero();
		}

		@Test
		void aCodeInUseComesBackWithTheFormsOwnProblems() throws Exception {
			int standardVersions = count(jdbc, "CHIME-10");
			Map<String, String> form = validForm("CHIME-10");
			form.put("scaleMax", "1");
			String page = mvc.perform(posting("/admin/instruments", form))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("instrumentForm", "code", "instrument.code.taken"))
				.andExpect(model().attributeHasFieldErrorCode("instrumentForm", "scaleMax", "instrument.scale.order"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(ErrorSummary.of(page).fields()).contains("code", "scaleMax");
			assertThat(count(jdbc, "CHIME-10")).isEqualTo(standardVersions);
		}

		@Test
		void aCodeInUseOrWithSpacesIsRefused() throws Exception {
			int standardVersions = count(jdbc, "CHIME-10");
			mvc.perform(posting("/admin/instruments", validForm("CHIME-10")))
				.andExpect(model().attributeHasFieldErrorCode("instrumentForm", "code", "instrument.code.taken"));
			mvc.perform(posting("/admin/instruments", validForm("my code")))
				.andExpect(model().attributeHasFieldErrorCode("instrumentForm", "code", "instrument.code.pattern"));
			assertThat(count(jdbc, "CHIME-10")).isEqualTo(standardVersions);
			assertThat(count(jdbc, "my code")).isZero();
		}

	}

	@Nested
	class Versions {

		@Test
		void aDraftNoAssessmentUsesIsEditedInPlace() throws Exception {
			String code = uniqueCode("EDIT");
			long id = create(mvc, code);
			mvc.perform(get("/admin/instruments/{id}/edit", id))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("value=\"Everything seems hopeless.\"")));
			Map<String, String> form = validForm("IGNORED");
			form.put("nameEn", "Renamed trial form");
			item(form, 2, "3", "MEANING", "Mine dage giver mening.", "My days make sense.", false);
			form.put("version", "0");
			mvc.perform(posting("/admin/instruments/" + id, form))
				.andExpect(redirectedUrl("/admin/instruments/" + id))
				.andExpect(flash().attribute("success", "instrument.saved"));
			assertThat(jdbc.sql("select code || '/' || name_en from instrument where id = ?")
				.param(id)
				.query(String.class)
				.single()).isEqualTo(code + "/Renamed trial form");
			assertThat(jdbc.sql("select dimension from instrument_item where instrument_id = ? and position = 3")
				.param(id)
				.query(String.class)
				.single()).isEqualTo("MEANING");
			assertThat(auditDetails(id)).containsExactly("FORM", null);
		}

		@Test
		void moreItemRowsOnADraftKeepItsCodeAndSaveNothing() throws Exception {
			String code = uniqueCode("MORE");
			long id = create(mvc, code);
			Map<String, String> form = validForm("SOMETHING-ELSE");
			form.put("nameEn", "Not saved yet");
			form.put("version", "0");
			form.put("moreItems", "1");
			mvc.perform(posting("/admin/instruments/" + id, form))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("name=\"items[29].textEn\"")))
				.andExpect(content().string(containsString("value=\"Not saved yet\"")))
				.andExpect(content().string(containsString("value=\"" + code + "\"")));
			assertThat(jdbc.sql("select name_en from instrument where id = ?").param(id).query(String.class).single())
				.isEqualTo("Trial form");
		}

		@Test
		void anInstrumentInUseIsNeverChangedInPlace() throws Exception {
			String code = uniqueCode("USED");
			long id = create(mvc, code);
			useInAnAssessment(jdbc, id);
			mvc.perform(get("/admin/instruments/{id}", id))
				.andExpect(content().string(containsString("Brugt i 1 måling")))
				.andExpect(content().string(not(containsString("/admin/instruments/" + id + "/edit"))));
			mvc.perform(get("/admin/instruments/{id}/edit", id))
				.andExpect(redirectedUrl("/admin/instruments/" + id))
				.andExpect(flash().attribute("error", "instrument.notEditable"));
			Map<String, String> form = validForm(code);
			form.put("nameEn", "Changed under the answers");
			form.put("version", "0");
			mvc.perform(posting("/admin/instruments/" + id, form))
				.andExpect(redirectedUrl("/admin/instruments/" + id))
				.andExpect(flash().attribute("error", "instrument.notEditable"));
			assertThat(jdbc.sql("select name_en from instrument where id = ?").param(id).query(String.class).single())
				.isEqualTo("Trial form");
		}

		@Test
		void aNewVersionIsADraftCopyAndActivatingItRetiresTheActiveOne() throws Exception {
			String code = uniqueCode("VER");
			long first = create(mvc, code);
			mvc.perform(post("/admin/instruments/{id}/activate", first).with(csrf()).param("version", "0"))
				.andExpect(flash().attribute("success", "instrument.activated"));
			mvc.perform(get("/admin/instruments/{id}/edit", first))
				.andExpect(flash().attribute("error", "instrument.notEditable"));
			String location = mvc.perform(post("/admin/instruments/{id}/new-version", first).with(csrf()))
				.andExpect(redirectedUrlPattern("/admin/instruments/*/edit"))
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			long second = Long.parseLong(location.replace("/admin/instruments/", "").replace("/edit", ""));
			assertThat(statusAndVersion(second)).isEqualTo("DRAFT/2");
			assertThat(jdbc
				.sql("select string_agg(position || text_en, '|' order by position) from instrument_item"
						+ " where instrument_id in (?, ?) group by instrument_id")
				.param(first)
				.param(second)
				.query(String.class)
				.list()).hasSize(2)
				.containsOnly("1I look forward to tomorrow.|2Everything seems hopeless.|3I have someone to talk to.");
			mvc.perform(post("/admin/instruments/{id}/activate", second).with(csrf()).param("version", "0"))
				.andExpect(redirectedUrl("/admin/instruments/" + second));
			assertThat(statusAndVersion(first)).isEqualTo("RETIRED/1");
			assertThat(statusAndVersion(second)).isEqualTo("ACTIVE/2");
			assertThat(instruments.activeChoices(Locale.ENGLISH)).extracting(Choice::id)
				.contains(second)
				.doesNotContain(first);
			mvc.perform(get("/admin/instruments/{id}", second))
				.andExpect(content().string(containsString("href=\"/admin/instruments/" + first + "\"")))
				.andExpect(content().string(containsString("Udgået")));
			mvc.perform(post("/admin/instruments/{id}/retire", second).with(csrf()).param("version", "1"))
				.andExpect(flash().attribute("success", "instrument.retired"));
			assertThat(statusAndVersion(second)).isEqualTo("RETIRED/2");
		}

		@Test
		void theVersionInUseIsNotActivatedAgainNorARetiredOneRetiredAgain() throws Exception {
			long id = create(mvc, uniqueCode("TWICE"));
			mvc.perform(post("/admin/instruments/{id}/activate", id).with(csrf()).param("version", "0"))
				.andExpect(flash().attribute("success", "instrument.activated"));
			mvc.perform(post("/admin/instruments/{id}/activate", id).with(csrf()).param("version", "1"))
				.andExpect(redirectedUrl("/admin/instruments/" + id))
				.andExpect(flash().attribute("error", "instrument.alreadyActive"));
			mvc.perform(post("/admin/instruments/{id}/retire", id).with(csrf()).param("version", "1"))
				.andExpect(flash().attribute("success", "instrument.retired"));
			mvc.perform(post("/admin/instruments/{id}/retire", id).with(csrf()).param("version", "2"))
				.andExpect(flash().attribute("error", "instrument.alreadyRetired"));
			assertThat(statusAndVersion(id)).isEqualTo("RETIRED/1");
			assertThat(auditDetails(id)).containsSubsequence("STATUS=ACTIVE", "STATUS=RETIRED").doesNotHaveDuplicates();
		}

		@Test
		void aStatusChangeOverSomeoneElsesNewerChangeIsRefused() throws Exception {
			long id = create(mvc, uniqueCode("STALE"));
			mvc.perform(post("/admin/instruments/{id}/activate", id).with(csrf()).param("version", "0"));
			mvc.perform(post("/admin/instruments/{id}/retire", id).with(csrf()).param("version", "0"))
				.andExpect(flash().attribute("error", "form.concurrentChange"));
			assertThat(statusAndVersion(id)).isEqualTo("ACTIVE/1");
		}

	}

	private String statusAndVersion(long id) {
		return jdbc.sql("select status || '/' || version_number from instrument where id = ?")
			.param(id)
			.query(String.class)
			.single();
	}

	private List<String> auditDetails(long id) {
		return jdbc.sql(
				"select detail from audit_event where entity_type = 'INSTRUMENT' and entity_id = ? and action <> 'READ'"
						+ " order by id")
			.param(String.valueOf(id))
			.query(String.class)
			.list();
	}

}
