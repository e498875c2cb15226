package dk.peerstoette.instrument;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;
import dk.peerstoette.instrument.InstrumentImport.LineError;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static dk.peerstoette.instrument.InstrumentFixtures.count;
import static dk.peerstoette.instrument.InstrumentFixtures.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Importing a definition from JSON or CSV: a good file becomes a draft (the next version
 * if its code exists), a bad one saves nothing and names each problem with its line.
 */
@IntegrationTest
@WithUserDetails("admin")
class InstrumentImportWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Nested
	class GoodFiles {

		@Test
		void theJsonExampleImportsAsADraftWithTheStandardWording() throws Exception {
			String example = download("chime-10.json", "application/json");
			String code = uniqueCode("JSON");
			long id = imported("chime-10.json",
					example.replace("\"code\": \"CHIME-10\"", "\"code\": \"" + code + "\""));
			assertThat(jdbc
				.sql("select status || '/' || version_number || '/' || scale_min || '-' || scale_max || '/'"
						+ " || min_answered_share from instrument where id = ?")
				.param(id)
				.query(String.class)
				.single()).isEqualTo("DRAFT/1/0-4/0.50");
			assertThat(itemsOf(id)).isEqualTo(itemsOf(standardId())).hasSize(10);
			assertThat(anchorsOf(id)).isEqualTo(anchorsOf(standardId())).hasSize(5);
			assertThat(jdbc.sql("select detail from audit_event where entity_type = 'INSTRUMENT' and entity_id = ?")
				.param(String.valueOf(id))
				.query(String.class)
				.list()).containsExactly("IMPORT=JSON");
		}

		@Test
		void theCsvExampleImportsTheSameAndAgainAsTheNextVersion() throws Exception {
			String example = download("chime-10.csv", "text/csv");
			String code = uniqueCode("CSV");
			String file = example.replace("code,CHIME-10,", "code," + code + ",");
			long first = imported("chime-10.csv", file);
			long second = imported("chime-10.csv", file);
			assertThat(itemsOf(first)).isEqualTo(itemsOf(standardId()));
			assertThat(anchorsOf(first)).isEqualTo(anchorsOf(standardId()));
			assertThat(jdbc.sql("select status || '/' || version_number from instrument where id in (?, ?) order by id")
				.param(first)
				.param(second)
				.query(String.class)
				.list()).containsExactly("DRAFT/1", "DRAFT/2");
		}

		@Test
		void aNewVersionOfAStaffSurveyReadFromAFileIsAStaffSurveyToo() throws Exception {
			String code = uniqueCode("SURVEY");
			jdbc.sql(
					"""
							insert into instrument (code, version_number, name_da, name_en, scale_min, scale_max, status, purpose)
							values (?, 1, 'Personale', 'Staff', 0, 4, 'ACTIVE', 'STAFF_SURVEY')
							""")
				.param(code)
				.update();
			String example = download("chime-10.csv", "text/csv");
			long next = imported("chime-10.csv", example.replace("code,CHIME-10,", "code," + code + ","));
			assertThat(jdbc.sql("select purpose || '/' || version_number from instrument where id = ?")
				.param(next)
				.query(String.class)
				.single()).isEqualTo("STAFF_SURVEY/2");
		}

		@Test
		void aCsvFileWithSemicolonsCommentsAndADecimalCommaIsRead() throws Exception {
			String code = uniqueCode("SEMI");
			String file = """
					# Our own short test instrument
					Type;Value;Dimension;Reverse;DA;EN
					code;%s;;;;
					name;;;;Kort skema;Short form
					scale_min;1;;;;
					scale_max;3;;;;
					min_answered_share;0,75;;;;
					anchor;1;;;Nej;No
					anchor;3;;;Ja;Yes
					item;2;empowerment;ja;Jeg bestemmer ikke selv;I do not decide myself
					item;1;HOPE;;Der er håb;There is hope
					""".formatted(code);
			long id = imported("kort.csv", file);
			assertThat(jdbc
				.sql("select min_answered_share || '/' || coalesce(description_da, '-') from instrument where id = ?")
				.param(id)
				.query(String.class)
				.single()).isEqualTo("0.75/-");
			assertThat(itemsOf(id)).containsExactly("1 HOPE false Der er håb There is hope",
					"2 EMPOWERMENT true Jeg bestemmer ikke selv I do not decide myself");
		}

	}

	@Nested
	class BadFiles {

		@Test
		void aBadJsonFileGetsEveryProblemWithItsLineAndSavesNothing() throws Exception {
			String code = uniqueCode("BADJSON");
			String file = """
					{
					  "code": "%s",
					  "names": {"da": "Navn", "en": ""},
					  "scale": {"min": 0, "max": 20,
					    "anchors": [{"value": 1, "labels": {"da": "En", "en": "One"}}]},
					  "minAnsweredShare": "halv",
					  "colour": "blue",
					  "items": [
					    {"position": 1, "dimension": "HOPE", "texts": {"da": "Håb", "en": "Hope"}},
					    {"position": 1, "dimension": "LUCK", "texts": {"da": "Held"}}
					  ]
					}
					""".formatted(code);
			List<LineError> errors = refused("bad.json", file);
			assertThat(errors).extracting(LineError::line).containsExactly(3, 4, 6, 7, 10, 10, 10);
			assertThat(errors).extracting(LineError::message)
				.containsExactly("Navn (engelsk): Skal udfyldes.",
						"Skalaens største værdi: Skalaen må højst spænde over 10 trin.",
						"Mindste andel besvarede spørgsmål: Ugyldig værdi.", "Ukendt felt: colour.",
						"Dimension: Ugyldig værdi.", "Nr.: Et andet spørgsmål har samme nr.",
						"Tekst (engelsk): Skal udfyldes.");
			assertThat(count(jdbc, code)).isZero();
		}

		@Test
		void brokenJsonNamesItsLineAndTheErrorsAreInEnglishToo() throws Exception {
			mvc.perform(multipart("/admin/instruments/import")
				.file(file("broken.json", "{\n  \"code\": \"X\",\n  \"names\": }\n"))
				.param("lang", "en")
				.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Nothing was saved: broken.json has 1 error.")))
				.andExpect(content().string(containsString("<td>3</td>")))
				.andExpect(content().string(containsString("Invalid JSON.")));
		}

		@Test
		void aBadCsvFileGetsEveryProblemWithItsLineAndSavesNothing() throws Exception {
			String code = uniqueCode("BADCSV");
			String file = """
					type;value;dimension;reverse;da;en
					code;%s;;;;
					name;;;;Navn;Name
					scale_min;0;;;;
					scale_max;4;;;;
					min_answered_share;0,5;;;;
					anchor;9;;;Ni;Nine
					item;1;HOPE;false;Håb;
					item;2;HOPE;maybe;Mere håb;More hope
					colour;blue;;;;
					code;Y;;;;
					""".formatted(code);
			List<LineError> errors = refused("bad.csv", file);
			assertThat(errors).extracting(LineError::line).containsExactly(7, 8, 9, 10, 11);
			assertThat(errors).extracting(LineError::message)
				.containsExactly("Værdi: Skal ligge på skalaen (0 til 4).", "Tekst (engelsk): Skal udfyldes.",
						"Omvendt scoret: Ugyldig værdi.",
						"Ukendt type: colour. Brug code, purpose, name, description, scale_min, scale_max,"
								+ " min_answered_share, anchor eller item.",
						"Typen code må kun stå én gang.");
			assertThat(count(jdbc, code)).isZero();
		}

		@Test
		void aCsvFileWithoutTheHeaderOrWithoutItemsIsRefused() throws Exception {
			assertThat(refused("x.csv", "code,X\nname,,,,A,B\n")).extracting(LineError::line).containsExactly(1);
			String code = uniqueCode("NOITEMS");
			List<LineError> errors = refused("x.csv", "type,value,dimension,reverse,da,en\ncode," + code
					+ ",,,,\nname,,,,A,B\nscale_min,0,,,,\nscale_max,4,,,,\nmin_answered_share,0.5,,,,\n");
			assertThat(errors).extracting(LineError::line).containsExactly(0);
			assertThat(errors.get(0).message()).startsWith("Spørgsmål: Instrumentet skal have mindst ét spørgsmål");
			assertThat(refused("empty.csv", "")).extracting(LineError::message).containsExactly("Filen er tom.");
			assertThat(count(jdbc, code)).isZero();
		}

	}

	/**
	 * A programme loads its own check-in instrument for peer workers (or a licensed one
	 * such as ProQOL): the purpose says so, and the dimensions a recipients' instrument
	 * may not measure are refused there.
	 */
	@Nested
	class CheckInInstruments {

		@Test
		void theCheckInExampleImportsAsAPeerCheckInWithTheWordingWeShip() throws Exception {
			String example = download("checkin-7.json", "application/json");
			String code = uniqueCode("CHECKIN");
			long id = imported("checkin-7.json",
					example.replace("\"code\": \"CHECKIN-7\"", "\"code\": \"" + code + "\""));
			assertThat(jdbc.sql("select purpose || '/' || status from instrument where id = ?")
				.param(id)
				.query(String.class)
				.single()).isEqualTo("PEER_CHECKIN/DRAFT");
			assertThat(itemsOf(id)).isEqualTo(itemsOf(shipped("CHECKIN-7"))).hasSize(7);
			assertThat(anchorsOf(id)).isEqualTo(anchorsOf(shipped("CHECKIN-7")));
			mvc.perform(get("/admin/instruments/{id}", id))
				.andExpect(content().string(containsString("Peer-medarbejderes check-in")));
		}

		@Test
		void aRecipientsInstrumentMeasuresCHIMEOnlyInTheFormAndInAFile() throws Exception {
			String code = uniqueCode("STRAIN");
			String file = """
					type,value,dimension,reverse,da,en
					code,%s,,,,
					name,,,,Belastning,Strain
					scale_min,0,,,,
					scale_max,4,,,,
					item,1,HOPE,,Håb,Hope
					item,2,BURNOUT,,Slidt,Worn out
					""".formatted(code);
			assertThat(refused("strain.csv", file)).extracting(LineError::line, LineError::message)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(7,
						"Dimension: Den dimension kan ikke bruges i et instrument til modtagernes recovery. Vælg en"
								+ " CHIME-dimension."));
			long imported = imported("strain.csv", file.replace("name,,,,", "purpose,PEER_CHECKIN,,,,\nname,,,,"));
			assertThat(jdbc.sql("select purpose from instrument where id = ?")
				.param(imported)
				.query(String.class)
				.single()).isEqualTo("PEER_CHECKIN");
			Map<String, String> form = InstrumentFixtures.validForm(uniqueCode("FORM"));
			form.put("items[2].dimension", "SET_BACK");
			mvc.perform(InstrumentFixtures.posting("/admin/instruments", form))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("instrumentForm", "items[2].dimension",
						"instrument.item.dimension.purpose"));
			form.put("purpose", "PEER_CHECKIN");
			mvc.perform(InstrumentFixtures.posting("/admin/instruments", form))
				.andExpect(redirectedUrlPattern("/admin/instruments/*"));
		}

		@Test
		void aNewVersionKeepsThePurposeOfItsCode() throws Exception {
			String example = download("checkin-7.json", "application/json");
			List<LineError> errors = refused("checkin.json",
					example.replace("\"code\": \"CHECKIN-7\"", "\"code\": \"CHIME-10\""));
			assertThat(errors).extracting(LineError::line).containsExactly(3);
			assertThat(errors.get(0).message()).startsWith("Koden findes allerede til et andet formål.");
			long copy = InstrumentFixtures.create(mvc, uniqueCode("KEEP"));
			long version = Long.parseLong(mvc.perform(post("/admin/instruments/{id}/new-version", copy).with(csrf()))
				.andReturn()
				.getResponse()
				.getRedirectedUrl()
				.replaceAll("\\D+(\\d+)/edit", "$1"));
			assertThat(
					jdbc.sql("select purpose from instrument where id = ?").param(version).query(String.class).single())
				.isEqualTo("RECIPIENT_OUTCOME");
		}

		private long shipped(String code) {
			return jdbc.sql("select id from instrument where code = ? and version_number = 1")
				.param(code)
				.query(Long.class)
				.single();
		}

	}

	private String download(String name, String contentType) throws Exception {
		return mvc.perform(get("/admin/instruments/examples/{name}", name))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString(contentType)))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private long imported(String name, String content) throws Exception {
		MvcResult result = upload(name, content).andExpect(redirectedUrlPattern("/admin/instruments/*"))
			.andExpect(flash().attribute("success", "instrument.imported"))
			.andReturn();
		return Long.parseLong(result.getResponse().getRedirectedUrl().replace("/admin/instruments/", ""));
	}

	@SuppressWarnings("unchecked")
	private List<LineError> refused(String name, String content) throws Exception {
		return (List<LineError>) upload(name, content).andExpect(status().isOk())
			.andExpect(content().string(containsString("Intet er gemt")))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("importErrors");
	}

	private ResultActions upload(String name, String content) throws Exception {
		return mvc.perform(multipart("/admin/instruments/import").file(file(name, content)).with(csrf()));
	}

	private static MockMultipartFile file(String name, String content) {
		return new MockMultipartFile("file", name, "application/octet-stream",
				content.getBytes(StandardCharsets.UTF_8));
	}

	private long standardId() {
		return jdbc.sql("select id from instrument where code = 'CHIME-10' and version_number = 1")
			.query(Long.class)
			.single();
	}

	private List<String> itemsOf(long id) {
		return jdbc
			.sql("select position || ' ' || dimension || ' ' || reverse_scored || ' ' || text_da || ' ' || text_en"
					+ " from instrument_item where instrument_id = ? order by position")
			.param(id)
			.query(String.class)
			.list();
	}

	private List<String> anchorsOf(long id) {
		return jdbc
			.sql("select scale_value || ' ' || label_da || ' ' || label_en from instrument_anchor"
					+ " where instrument_id = ? order by scale_value")
			.param(id)
			.query(String.class)
			.list();
	}

}
