package dk.peerstoette.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Danish and English hold the same message keys, every key a template names exists, and
 * no template carries text of its own: everything a user reads comes through a message
 * key.
 */
class MessagesAndTemplatesTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	// Attributes a user reads or hears; they must come from th:* attributes.
	private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "label",
			"value");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	@Test
	void danishAndEnglishHoldTheSameKeys() throws IOException {
		for (String bundle : bundles()) {
			Set<String> danish = keys(bundle + ".properties");
			Set<String> english = keys(bundle + "_en.properties");
			assertThat(new TreeSet<>(english)).as(bundle).containsExactlyElementsOf(new TreeSet<>(danish));
		}
	}

	@Test
	void everyModuleBundleIsRegistered() throws IOException {
		List<String> registered = bundles();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
			List<String> danish = files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".properties") && !name.contains("_"))
				.map((name) -> "i18n/" + name.substring(0, name.length() - ".properties".length()))
				.toList();
			assertThat(registered).as("add each module's bundle to spring.messages.basename").containsAll(danish);
		}
	}

	@Test
	void noKeyIsDefinedInTwoBundles() throws IOException {
		Set<String> seen = new TreeSet<>();
		List<String> twice = new ArrayList<>();
		for (String bundle : bundles()) {
			for (String key : keys(bundle + ".properties")) {
				if (!seen.add(key)) {
					twice.add(bundle + ": " + key);
				}
			}
		}
		assertThat(twice).isEmpty();
	}

	@Test
	void everyMessageKeyATemplateNamesExists() throws IOException {
		Set<String> danish = new TreeSet<>();
		for (String bundle : bundles()) {
			danish.addAll(keys(bundle + ".properties"));
		}
		assertThat(danish).isNotEmpty();
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = MESSAGE_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!danish.contains(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHoldNoHardCodedText() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template), "", Parser.htmlParser());
			for (Element element : document.getAllElements()) {
				if (element.hasAttr("th:text") || element.hasAttr("th:utext") || element.tagName().equals("script")
						|| element.tagName().equals("style")) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					if (!text.isBlank()) {
						found.add(TEMPLATES.relativize(template) + " <" + element.tagName() + ">: "
								+ text.text().strip());
					}
				}
				element.attributes().forEach((attribute) -> {
					if (TEXT_ATTRIBUTES.contains(attribute.getKey()) && attribute.getValue().matches(".*\\p{L}.*")
							&& !isMachineValue(element, attribute.getKey())) {
						found.add(TEMPLATES.relativize(template) + " <" + element.tagName() + " " + attribute.getKey()
								+ ">: " + attribute.getValue());
					}
				});
			}
		}
		assertThat(found).isEmpty();
	}

	/** A value attribute on a hidden input or an option is data, not text. */
	private static boolean isMachineValue(Element element, String attribute) {
		return attribute.equals("value")
				&& (element.tagName().equals("option") || "hidden".equals(element.attr("type")));
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	/** The bundles named by spring.messages.basename. */
	private static List<String> bundles() throws IOException {
		Properties application = new Properties();
		try (InputStream in = MessagesAndTemplatesTest.class.getResourceAsStream("/application.properties")) {
			application.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return List.of(application.getProperty("spring.messages.basename").split(","));
	}

	private static Set<String> keys(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesAndTemplatesTest.class.getResourceAsStream("/" + name)) {
			assertThat(in).as(name).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties.stringPropertyNames();
	}

}
