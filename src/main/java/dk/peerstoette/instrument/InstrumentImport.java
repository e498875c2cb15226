package dk.peerstoette.instrument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.MutablePropertyValues;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Reads an instrument's definition from a JSON or CSV file, checks it by the same rules
 * as the form, and saves it as a draft only if nothing is wrong; otherwise answers every
 * problem with the line of the file it is on.
 */
@Component
class InstrumentImport {

	/** The columns of the CSV format, in their usual order. */
	static final List<String> CSV_HEADER = List.of("type", "value", "dimension", "reverse", "da", "en");

	/** More rows than any instrument has: the rest of the file is not read. */
	private static final int MAX_ROWS = 200;

	private static final Pattern FORM_PATH = Pattern
		.compile("code|purpose|nameDa|nameEn|descriptionDa|descriptionEn|scaleMin|scaleMax|minAnsweredShare"
				+ "|anchors\\[\\d+\\]\\.(value|labelDa|labelEn)|items\\[\\d+\\]\\.(position|dimension|textDa|textEn|reverse)");

	private static final Pattern ROW = Pattern.compile("^((anchors|items)\\[\\d+\\]).*");

	private final InstrumentRules rules;

	private final InstrumentService administration;

	private final MessageSource messages;

	InstrumentImport(InstrumentRules rules, InstrumentService administration, MessageSource messages) {
		this.rules = rules;
		this.administration = administration;
		this.messages = messages;
	}

	/**
	 * @param filename the uploaded file's name; a name ending in {@code .json}, or
	 * content starting with <code>{</code>, is read as JSON, anything else as CSV
	 */
	Outcome read(@Nullable String filename, byte[] content, Locale locale) {
		Values values = new Values();
		String text = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "");
		boolean json = (filename != null && filename.toLowerCase(Locale.ROOT).endsWith(".json"))
				|| text.stripLeading().startsWith("{");
		if (text.isBlank()) {
			values.unreadable(0, "instrument.import.empty");
		}
		else if (json) {
			readJson(content, values);
		}
		else {
			readCsv(text, values);
		}
		if (values.unreadable) {
			return new Outcome(null,
					values.problems.stream()
						.map((problem) -> new LineError(problem.line(),
								this.messages.getMessage(problem.code(), problem.args(), problem.code(), locale)))
						.toList());
		}
		InstrumentForm form = new InstrumentForm();
		DataBinder binder = new DataBinder(form, "instrumentForm");
		MutablePropertyValues properties = new MutablePropertyValues();
		values.leaves.forEach((path, leaf) -> properties.add(path, leaf.value()));
		binder.bind(properties);
		BindingResult result = binder.getBindingResult();
		this.rules.validate(form, result);
		List<LineError> errors = new ArrayList<>();
		for (Problem problem : values.problems) {
			errors.add(new LineError(problem.line(),
					this.messages.getMessage(problem.code(), problem.args(), problem.code(), locale)));
		}
		for (ObjectError error : result.getAllErrors()) {
			String message = this.messages.getMessage(error, locale);
			if (error instanceof FieldError fieldError) {
				String label = this.messages.getMessage(new DefaultMessageSourceResolvable(
						new String[] { labelKey(fieldError.getField()) }, fieldError.getField()), locale);
				errors.add(new LineError(values.lineOf(fieldError.getField()), label + ": " + message));
			}
			else {
				errors.add(new LineError(0, message));
			}
		}
		if (errors.isEmpty() && !values.leaves.containsKey("purpose")) {
			// A file that names no purpose is a new version of a known code for that
			// code's
			// purpose: a new wording of the staff survey stays a staff survey.
			this.administration.purposeOfCode(form.getCode()).ifPresent(form::setPurpose);
		}
		if (errors.isEmpty() && form.getPurpose() != null
				&& this.administration.purposeOfCode(form.getCode())
					.filter((known) -> known != form.getPurpose())
					.isPresent()) {
			errors.add(new LineError(values.lineOf(values.leaves.containsKey("purpose") ? "purpose" : "code"),
					this.messages.getMessage("instrument.purpose.differs", null, locale)));
		}
		if (!errors.isEmpty()) {
			errors.sort(Comparator.comparingInt(LineError::line));
			return new Outcome(null, errors);
		}
		return new Outcome(this.administration.createImported(form, json ? "JSON" : "CSV"), List.of());
	}

	/** The message key of a form field's label, as the form and the import name it. */
	static String labelKey(String field) {
		String name = field.substring(field.lastIndexOf('.') + 1);
		if (field.startsWith("anchors[")) {
			return "instrument.field.anchor." + name;
		}
		if (field.startsWith("items[")) {
			return "instrument.field.item." + name;
		}
		return "instrument.field." + field;
	}

	private void readJson(byte[] content, Values values) {
		try (JsonParser parser = JsonMapper.shared().createParser(content)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				values.unreadable(parser.currentTokenLocation().getLineNr(), "instrument.import.json.object");
				return;
			}
			walk(parser, "", values);
			if (parser.nextToken() != null) {
				values.error(parser.currentTokenLocation().getLineNr(), "instrument.import.json.trailing");
			}
		}
		catch (JacksonException ex) {
			values.unreadable((ex.getLocation() != null) ? ex.getLocation().getLineNr() : 0,
					"instrument.import.json.syntax");
		}
	}

	/** Records every value of the JSON tree under its path, with the line it is on. */
	private void walk(JsonParser parser, String path, Values values) {
		JsonToken token = parser.currentToken();
		int line = parser.currentTokenLocation().getLineNr();
		if (token == JsonToken.START_OBJECT) {
			values.row(jsonToForm(path), line);
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				parser.nextToken();
				walk(parser, path.isEmpty() ? name : path + "." + name, values);
			}
		}
		else if (token == JsonToken.START_ARRAY) {
			values.row(jsonToForm(path), line);
			int index = 0;
			while (parser.nextToken() != JsonToken.END_ARRAY) {
				if (index < MAX_ROWS) {
					walk(parser, path + "[" + index + "]", values);
				}
				else {
					parser.skipChildren();
				}
				index++;
			}
			if (index > MAX_ROWS) {
				values.error(line, "instrument.import.tooManyRows", MAX_ROWS);
			}
		}
		else {
			values.value(jsonToForm(path), (token == JsonToken.VALUE_NULL) ? "" : parser.getString(), line, path);
		}
	}

	/** A path of the JSON format as the form's property path. */
	static String jsonToForm(String path) {
		return path.replaceFirst("^scale\\.anchors", "anchors")
			.replaceFirst("^scale\\.min$", "scaleMin")
			.replaceFirst("^scale\\.max$", "scaleMax")
			.replaceFirst("^names\\.da$", "nameDa")
			.replaceFirst("^names\\.en$", "nameEn")
			.replaceFirst("^descriptions\\.da$", "descriptionDa")
			.replaceFirst("^descriptions\\.en$", "descriptionEn")
			.replaceFirst("^(anchors\\[\\d+\\])\\.labels\\.da$", "$1.labelDa")
			.replaceFirst("^(anchors\\[\\d+\\])\\.labels\\.en$", "$1.labelEn")
			.replaceFirst("^(items\\[\\d+\\])\\.texts\\.da$", "$1.textDa")
			.replaceFirst("^(items\\[\\d+\\])\\.texts\\.en$", "$1.textEn");
	}

	private void readCsv(String text, Values values) {
		String firstLine = text.lines()
			.filter((candidate) -> !candidate.isBlank() && !candidate.startsWith("#"))
			.findFirst()
			.orElse("");
		char delimiter = (count(firstLine, ';') > count(firstLine, ',')) ? ';' : ',';
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreHeaderCase(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.setCommentMarker('#')
			.setAllowMissingColumnNames(true)
			.get();
		int line = 1;
		try (CSVParser parser = CSVParser.parse(text, format)) {
			Set<String> header = new HashSet<>();
			parser.getHeaderNames().forEach((name) -> header.add(name.strip().toLowerCase(Locale.ROOT)));
			if (!header.containsAll(CSV_HEADER)) {
				values.unreadable(lineAt(text, text.indexOf(firstLine)), "instrument.import.csv.header",
						String.join(",", CSV_HEADER));
				return;
			}
			Set<String> once = new HashSet<>();
			int anchors = 0;
			int items = 0;
			for (CSVRecord record : parser) {
				line = lineAt(text, record.getCharacterPosition());
				String type = column(record, "type").toLowerCase(Locale.ROOT);
				if (type.isEmpty()) {
					continue;
				}
				if (("anchor".equals(type) && anchors >= MAX_ROWS) || ("item".equals(type) && items >= MAX_ROWS)) {
					values.error(line, "instrument.import.tooManyRows", MAX_ROWS);
					continue;
				}
				if (!type.equals("anchor") && !type.equals("item") && !once.add(type)) {
					values.error(line, "instrument.import.csv.twice", type);
					continue;
				}
				switch (type) {
					case "code" -> values.value("code", column(record, "value"), line, type);
					case "purpose" -> values.value("purpose", column(record, "value"), line, type);
					case "name" -> {
						values.value("nameDa", column(record, "da"), line, type);
						values.value("nameEn", column(record, "en"), line, type);
					}
					case "description" -> {
						values.value("descriptionDa", column(record, "da"), line, type);
						values.value("descriptionEn", column(record, "en"), line, type);
					}
					case "scale_min" -> values.value("scaleMin", column(record, "value"), line, type);
					case "scale_max" -> values.value("scaleMax", column(record, "value"), line, type);
					case "min_answered_share" -> values.value("minAnsweredShare", column(record, "value"), line, type);
					case "anchor" -> {
						String row = "anchors[" + anchors++ + "]";
						values.row(row, line);
						values.value(row + ".value", column(record, "value"), line, type);
						values.value(row + ".labelDa", column(record, "da"), line, type);
						values.value(row + ".labelEn", column(record, "en"), line, type);
					}
					case "item" -> {
						String row = "items[" + items++ + "]";
						values.row(row, line);
						values.value(row + ".position", column(record, "value"), line, type);
						values.value(row + ".dimension", column(record, "dimension"), line, type);
						values.value(row + ".reverse", column(record, "reverse"), line, type);
						values.value(row + ".textDa", column(record, "da"), line, type);
						values.value(row + ".textEn", column(record, "en"), line, type);
					}
					default -> values.error(line, "instrument.import.csv.type", type);
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			values.unreadable(line + 1, "instrument.import.csv.syntax");
		}
	}

	private static String column(CSVRecord record, String name) {
		return (record.isMapped(name) && record.isSet(name)) ? record.get(name) : "";
	}

	private static int lineAt(String text, long position) {
		int line = 1;
		for (int i = 0; i < position && i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

	private static int count(String text, char wanted) {
		return (int) text.chars().filter((c) -> c == wanted).count();
	}

	/** A problem found in a file: the line it is on (0: the file as a whole) and why. */
	record LineError(int line, String message) {
	}

	/** The saved draft's id, or the problems that stopped it from being saved. */
	record Outcome(@Nullable Long id, List<LineError> errors) {
	}

	private record Leaf(String value, int line) {
	}

	private record Problem(int line, String code, Object[] args) {
	}

	/** The values read from a file, each by the form path it goes to, with its line. */
	private static final class Values {

		private final Map<String, Leaf> leaves = new LinkedHashMap<>();

		private final Map<String, Integer> rows = new HashMap<>();

		private final List<Problem> problems = new ArrayList<>();

		/** Whether the file could not be read as a whole: its values are not checked. */
		private boolean unreadable;

		void error(int line, String code, Object... args) {
			this.problems.add(new Problem(line, code, args));
		}

		void unreadable(int line, String code, Object... args) {
			this.unreadable = true;
			error(line, code, args);
		}

		void row(String path, int line) {
			this.rows.putIfAbsent(path, line);
		}

		void value(String path, String raw, int line, String name) {
			if (!FORM_PATH.matcher(path).matches()) {
				error(line, "instrument.import.unknownField", name);
				return;
			}
			if (this.leaves.containsKey(path)) {
				error(line, "instrument.import.twice", name);
				return;
			}
			String value = raw.strip();
			if (path.endsWith(".reverse") && value.isEmpty()) {
				return;
			}
			if (path.endsWith(".reverse")) {
				// Danish yes and no, besides what Spring reads as a boolean
				value = switch (value.toLowerCase(Locale.ROOT)) {
					case "ja" -> "true";
					case "nej" -> "false";
					default -> value;
				};
			}
			if (path.endsWith(".dimension") || path.equals("purpose")) {
				value = value.toUpperCase(Locale.ROOT);
			}
			if (path.equals("minAnsweredShare")) {
				value = value.replace(',', '.');
			}
			this.leaves.put(path, new Leaf(value, line));
		}

		/** The line a field's value was on, else the line of its row, else 0. */
		int lineOf(String field) {
			Leaf leaf = this.leaves.get(field);
			if (leaf != null) {
				return leaf.line();
			}
			var row = ROW.matcher(field);
			if (row.matches()) {
				return this.rows.getOrDefault(row.group(1), 0);
			}
			return this.rows.getOrDefault(field, 0);
		}

	}

}
