package dk.peerstoette;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module's SQL names only its own tables. Spring Modulith sees Java imports, not SQL in
 * strings: a query that joins another module's table is a dependency nobody can see. A
 * module reads another's data through that module's public interface, or through a view
 * the owner publishes for it ({@link #PUBLISHED}), which keeps a join a join.
 */
class TableOwnershipTest {

	/**
	 * Which module owns which table: the migration that creates it and the entity, or the
	 * one class, that writes it.
	 */
	static final Map<String, Set<String>> OWNED = Map.ofEntries(
			Map.entry("partnership",
					Set.of("partnership", "organisation", "partnership_membership", "unit", "peer_support_model",
							"lookup_value")),
			Map.entry("account", Set.of("staff_user", "second_factor", "second_factor_recovery_code")),
			Map.entry("audit", Set.of("audit_event", "audit_review")),
			Map.entry("security", Set.of("password_attempt", "spring_session", "spring_session_attributes")),
			Map.entry("peer",
					Set.of("peer_worker", "peer_worker_unit", "peer_training", "peer_supervision", "peer_worker_period",
							"peer_worker_consent")),
			Map.entry("recipient", Set.of("recipient", "consent", "recipient_network")),
			Map.entry("course", Set.of("course", "course_recipient", "course_peer")),
			Map.entry("contact",
					Set.of("contact", "contact_attendance", "contact_facilitator", "contact_change",
							"submission_token")),
			Map.entry("instrument", Set.of("instrument", "instrument_anchor", "instrument_item")),
			Map.entry("outcome", Set.of("assessment", "assessment_answer")),
			Map.entry("checkin", Set.of("peer_checkin", "peer_checkin_answer", "peer_checkin_score")),
			Map.entry("quote", Set.of("quote")), Map.entry("retention", Set.of("legal_hold", "anonymisation")),
			Map.entry("referral", Set.of("referral", "waiting_entry")),
			Map.entry("staffsurvey",
					Set.of("staff_survey_round", "staff_survey_link", "staff_survey_answer",
							"staff_survey_answer_item")),
			Map.entry("dashboard", Set.of("disclosure_key", "contact_activity", "contact_reach",
					"contact_summary_stale", "contact_fact", "contact_reach_fact")));

	/**
	 * Views a module publishes for the modules above it: part of the owner's public
	 * interface, like a public type at its package root, so any module may read them.
	 */
	static final Map<String, Set<String>> PUBLISHED = Map.of("recipient", Set.of("recipient_view", "consent_view"),
			"course", Set.of("course_view", "course_recipient_view", "course_peer_view"), "peer",
			Set.of("peer_worker_view", "peer_worker_unit_view", "peer_supervision_view"), "partnership",
			Set.of("unit_view", "organisation_view", "peer_support_model_view"), "account", Set.of("staff_user_view"),
			"instrument", Set.of("instrument_view"), "contact",
			Set.of("supervision_contact_view", "contact_facilitator_view"));

	/**
	 * Modules whose SQL may read every module's tables: the dashboard's read model
	 * (summaries across contacts, courses, peer workers and outcomes), the demo data that
	 * seeds every table, and the database and migration infrastructure.
	 */
	static final Set<String> READ_EVERYTHING = Set.of("dashboard", "demo", "database", "migration");

	private static final Path SOURCES = Path.of("src/main/java/dk/peerstoette");

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	/** A table named where SQL names one: after from, join, into, update or table. */
	private static final Pattern TABLE_POSITION = Pattern
		.compile("(?i)\\b(?:from|join|into|update|table)\\s+(?:only\\s+)?(?:public\\.)?([A-Za-z_][A-Za-z0-9_]*)");

	@Test
	void aModulesSqlNamesOnlyItsOwnTablesAndPublishedViews() {
		Map<String, String> owners = owners();
		Map<String, String> entityTables = entityTables();
		List<String> violations = new ArrayList<>();
		for (Path source : javaSources()) {
			String module = SOURCES.relativize(source).getName(0).toString();
			if (READ_EVERYTHING.contains(module) || source.getParent().equals(SOURCES)) {
				continue;
			}
			Set<String> named = new TreeSet<>();
			for (String literal : stringLiterals(read(source))) {
				Matcher matcher = TABLE_POSITION.matcher(literal);
				while (matcher.find()) {
					String name = matcher.group(1);
					String table = entityTables.getOrDefault(name, name.toLowerCase());
					if (owners.containsKey(table)) {
						named.add(table);
					}
				}
			}
			for (String table : named) {
				String owner = owners.get(table);
				if (!owner.equals(module) && !published().contains(table)) {
					violations.add("%s: %s names %s (of %s)".formatted(module, source.getFileName(), table, owner));
				}
			}
		}
		assertThat(violations).as("SQL naming another module's table").isEmpty();
	}

	@Test
	void everyTableAndViewOfTheMigrationsHasOneOwner() {
		Set<String> created = new TreeSet<>();
		Pattern create = Pattern.compile("(?i)\\bcreate\\s+(?:or\\s+replace\\s+)?(?:table|view)\\s+([a-z_0-9]+)");
		Pattern drop = Pattern.compile("(?i)\\bdrop\\s+(?:table|view)\\s+(?:if\\s+exists\\s+)?([a-z_0-9]+)");
		for (Path migration : migrations()) {
			String sql = read(migration).replaceAll("--[^\\n]*", "");
			create.matcher(sql).results().forEach((match) -> created.add(match.group(1)));
			drop.matcher(sql).results().forEach((match) -> created.remove(match.group(1)));
		}
		Set<String> owned = new TreeSet<>(owners().keySet());
		assertThat(owned).as("tables and views with an owner").isEqualTo(created);
	}

	@Test
	void eachEntitysTableBelongsToTheEntitysModule() {
		Map<String, String> owners = owners();
		for (Path source : javaSources()) {
			String module = SOURCES.relativize(source).getName(0).toString();
			for (String table : declaredTables(read(source))) {
				assertThat(owners.get(table)).as("owner of %s, declared in %s", table, source.getFileName())
					.isEqualTo(module);
			}
		}
	}

	private static Map<String, String> owners() {
		Map<String, String> owners = new HashMap<>();
		Stream.of(OWNED, PUBLISHED)
			.flatMap((map) -> map.entrySet().stream())
			.forEach((entry) -> entry.getValue().forEach((table) -> {
				String earlier = owners.put(table, entry.getKey());
				assertThat(earlier).as("second owner of %s", table).isIn(null, entry.getKey());
			}));
		return owners;
	}

	private static Set<String> published() {
		return PUBLISHED.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
	}

	/**
	 * The tables a source's entities and collections declare: {@code @Table(name)} or
	 * {@code @CollectionTable(name)}, else the entity's class name in snake case, as
	 * Spring's naming strategy makes it.
	 */
	private static Set<String> declaredTables(String source) {
		Set<String> tables = new TreeSet<>();
		Matcher named = Pattern.compile("@(?:Table|CollectionTable)\\(name = \"([a-z_0-9]+)\"").matcher(source);
		while (named.find()) {
			tables.add(named.group(1));
		}
		Matcher entity = Pattern.compile("@Entity\\s+(?:@[^\\n]*\\s+)*(?:public\\s+)?(?:final\\s+)?class (\\w+)")
			.matcher(source);
		if (entity.find() && !source.contains("@Table(")) {
			tables.add(snakeCase(entity.group(1)));
		}
		return tables;
	}

	/** Each entity's name, as JPQL names it, to its table. */
	private static Map<String, String> entityTables() {
		Map<String, String> tables = new TreeMap<>();
		Pattern entity = Pattern.compile("@Entity\\s+(?:@Table\\(name = \"([a-z_0-9]+)\"\\)\\s+)?(?:@[^\\n]*\\s+)*"
				+ "(?:public\\s+)?(?:final\\s+)?class (\\w+)");
		for (Path source : javaSources()) {
			Matcher matcher = entity.matcher(read(source));
			if (matcher.find()) {
				String name = matcher.group(2);
				tables.put(name, (matcher.group(1) != null) ? matcher.group(1) : snakeCase(name));
			}
		}
		return tables;
	}

	private static String snakeCase(String name) {
		return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
	}

	/** The string literals and text blocks of a Java source, comments left out. */
	static List<String> stringLiterals(String source) {
		List<String> literals = new ArrayList<>();
		int i = 0;
		while (i < source.length()) {
			char c = source.charAt(i);
			if (source.startsWith("//", i)) {
				i = source.indexOf('\n', i);
				i = (i < 0) ? source.length() : i;
			}
			else if (source.startsWith("/*", i)) {
				i = source.indexOf("*/", i + 2) + 2;
			}
			else if (source.startsWith("\"\"\"", i)) {
				int end = source.indexOf("\"\"\"", i + 3);
				while (source.charAt(end - 1) == '\\') {
					end = source.indexOf("\"\"\"", end + 1);
				}
				literals.add(source.substring(i + 3, end));
				i = end + 3;
			}
			else if (c == '"' || c == '\'') {
				int end = i + 1;
				while (source.charAt(end) != c) {
					end += (source.charAt(end) == '\\') ? 2 : 1;
				}
				if (c == '"') {
					literals.add(source.substring(i + 1, end));
				}
				i = end + 1;
			}
			else {
				i++;
			}
		}
		return literals;
	}

	private static List<Path> javaSources() {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			return files.filter((path) -> path.toString().endsWith(".java")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Path> migrations() {
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			return files.filter((path) -> path.toString().endsWith(".sql"))
				.sorted(Comparator.comparing(TableOwnershipTest::version))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A migration's version, V10_2 as "0010.0002", in the order Flyway applies them. */
	private static String version(Path migration) {
		String version = migration.getFileName().toString().replaceAll("^V([0-9_]+?)__.*", "$1");
		return Stream.of(version.split("_"))
			.map((part) -> "%04d".formatted(Integer.parseInt(part)))
			.collect(Collectors.joining("."));
	}

	private static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
