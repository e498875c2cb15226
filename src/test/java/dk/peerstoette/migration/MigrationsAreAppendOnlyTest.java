package dk.peerstoette.migration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A migration that has been committed may have run on somebody's database: editing it
 * afterwards makes Flyway refuse to start there (checksum mismatch), or worse, leaves two
 * databases that claim the same version with different schemas. So each migration's
 * content is frozen in {@code src/test/resources/db/released-migrations.sha256} when it
 * is added, and this test fails when a frozen one changes or disappears. A new migration
 * must be added to that list in the same commit; the failure message gives the line to
 * add.
 */
class MigrationsAreAppendOnlyTest {

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Path RELEASED = Path.of("src/test/resources/db/released-migrations.sha256");

	@Test
	void releasedMigrationsAreNeverEdited() throws IOException {
		Map<String, String> frozen = released();
		Map<String, String> onDisk = onDisk();
		Map<String, String> edited = new TreeMap<>();
		frozen.forEach((name, checksum) -> {
			if (onDisk.containsKey(name) && !onDisk.get(name).equals(checksum)) {
				edited.put(name, onDisk.get(name));
			}
		});
		assertThat(edited).as("released migrations edited after release; add a new migration instead").isEmpty();
		assertThat(onDisk.keySet()).as("released migrations that were removed").containsAll(frozen.keySet());
	}

	@Test
	void everyMigrationIsFrozenWhenItIsAdded() throws IOException {
		Map<String, String> frozen = released();
		List<String> toAdd = onDisk().entrySet()
			.stream()
			.filter((migration) -> !frozen.containsKey(migration.getKey()))
			.map((migration) -> migration.getValue() + "  " + migration.getKey())
			.toList();
		assertThat(toAdd).as("migrations missing from %s; add these lines", RELEASED).isEmpty();
	}

	@Test
	void anEditIsSeen() {
		assertThat(checksum("create table a (id int);\n")).isEqualTo(checksum("create table a (id int);\r\n"))
			.isNotEqualTo(checksum("create table a (id bigint);\n"));
	}

	private static Map<String, String> released() throws IOException {
		Map<String, String> released = new LinkedHashMap<>();
		for (String line : Files.readAllLines(RELEASED, StandardCharsets.UTF_8)) {
			if (!line.isBlank()) {
				String[] parts = line.trim().split("\\s+", 2);
				released.put(parts[1], parts[0]);
			}
		}
		return released;
	}

	private static Map<String, String> onDisk() throws IOException {
		Map<String, String> migrations = new TreeMap<>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path file : files.toList()) {
				migrations.put(file.getFileName().toString(), checksum(Files.readString(file, StandardCharsets.UTF_8)));
			}
		}
		return migrations;
	}

	/** Of the text with Unix line ends, so that a Windows checkout gives the same sum. */
	private static String checksum(String content) {
		try {
			byte[] text = content.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
