package dk.peerstoette;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code app.*} setting is a typed {@code @ConfigurationProperties} record, so that
 * the build's metadata knows it, and each is in the README's table of settings.
 */
class SettingsDocumentedTest {

	private static final Pattern METADATA_NAME = Pattern.compile("\"name\"\\s*:\\s*\"(app\\.[a-z0-9.-]+)\"");

	@Test
	void everySettingInTheConfigurationFilesHasMetadata() throws IOException {
		Set<String> known = metadataNames();
		Set<String> used = new TreeSet<>();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources"))) {
			for (Path file : files.filter((f) -> f.getFileName().toString().matches("application.*\\.properties"))
				.toList()) {
				Properties properties = new Properties();
				try (InputStream in = Files.newInputStream(file)) {
					properties.load(in);
				}
				properties.stringPropertyNames().stream().filter((name) -> name.startsWith("app.")).forEach(used::add);
			}
		}
		assertThat(known).containsAll(used);
	}

	@Test
	void everySettingIsInTheReadmeTable() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		assertThat(metadataNames()).isNotEmpty()
			.allSatisfy((name) -> assertThat(readme).as(name).contains("| `" + name + "` |"));
	}

	@Test
	void noCodeReadsAnAppSettingByPlaceholder() throws IOException {
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			List<Path> offenders = sources.filter((path) -> path.toString().endsWith(".java")).filter((path) -> {
				try {
					return Files.readString(path).contains("@Value(\"${app.");
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}).toList();
			assertThat(offenders).isEmpty();
		}
	}

	private static Set<String> metadataNames() throws IOException {
		String metadata = new ClassPathResource("META-INF/spring-configuration-metadata.json")
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		// The properties, not the groups (the records) that hold them.
		int start = metadata.indexOf("\"properties\"");
		int end = metadata.indexOf("\"hints\"", start);
		String properties = metadata.substring(start, (end < 0) ? metadata.length() : end);
		Set<String> names = new TreeSet<>();
		Matcher matcher = METADATA_NAME.matcher(properties);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

}
