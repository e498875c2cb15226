package dk.peerstoette;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.CanvasOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Modulith's {@link Documenter} draws the modules (a C4 component diagram of all
 * of them, one per module with the modules it uses, in PlantUML) and writes each module's
 * canvas (its API, beans, entities, settings, in AsciiDoc) into
 * {@code target/spring-modulith-docs}. A copy is kept in {@code src/docs/modules} for
 * readers of the repository, and this test fails when the copy no longer matches the
 * code. Refresh it with
 * {@code ./mvnw test -Dtest=ModuleDocumentationTest -Dmodule-docs.refresh=true} and
 * commit the change.
 */
class ModuleDocumentationTest {

	private static final Path GENERATED = Path.of("target", "spring-modulith-docs");

	private static final Path COMMITTED = Path.of("src", "docs", "modules");

	@Test
	void theCommittedModuleDiagramsMatchTheCode() throws IOException {
		new Documenter(ApplicationModules.of(PeerstoetteApplication.class),
				Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
			.writeDocumentation(DiagramOptions.defaults().withStyle(DiagramStyle.C4), CanvasOptions.defaults());
		Map<String, String> generated = new TreeMap<>();
		contents(GENERATED).forEach((name, text) -> generated.put(name, inStableOrder(text)));
		if (Boolean.getBoolean("module-docs.refresh")) {
			refresh(generated);
		}
		assertThat(contents(COMMITTED))
			.as("src/docs/modules is out of date; run ./mvnw test -Dtest=ModuleDocumentationTest -Dmodule-docs.refresh=true and commit it")
			.isEqualTo(generated);
	}

	private static void refresh(Map<String, String> generated) throws IOException {
		Files.createDirectories(COMMITTED);
		for (String name : contents(COMMITTED).keySet()) {
			Files.delete(COMMITTED.resolve(name));
		}
		for (Map.Entry<String, String> file : generated.entrySet()) {
			Files.writeString(COMMITTED.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
		}
	}

	/**
	 * The diagrams list modules and their relations in the order of a hash set, which
	 * changes with what ran before in the same JVM: each run of them is sorted, so that
	 * the same modules always give the same file (PlantUML lays them out alike in any
	 * order).
	 */
	static String inStableOrder(String diagram) {
		List<String> lines = new ArrayList<>(diagram.lines().toList());
		int start = 0;
		while (start < lines.size()) {
			String kind = kind(lines.get(start));
			int end = start + 1;
			while (kind != null && end < lines.size() && kind.equals(kind(lines.get(end)))) {
				end++;
			}
			Collections.sort(lines.subList(start, end));
			start = end;
		}
		return String.join("\n", lines) + (diagram.endsWith("\n") ? "\n" : "");
	}

	private static @Nullable String kind(String line) {
		String element = line.strip();
		return Stream.of("Component(", "Rel(").filter(element::startsWith).findFirst().orElse(null);
	}

	/** File name to text, with line ends as Git may have checked them out on Windows. */
	private static Map<String, String> contents(Path folder) throws IOException {
		Map<String, String> contents = new TreeMap<>();
		if (!Files.isDirectory(folder)) {
			return contents;
		}
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				contents.put(file.getFileName().toString(),
						Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n"));
			}
		}
		return contents;
	}

}
