package dk.peerstoette.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells whoever runs the jar without a database where one comes from. */
class NoDatabaseConfiguredFailureAnalyzer extends AbstractFailureAnalyzer<NoDatabaseConfiguredException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, NoDatabaseConfiguredException cause) {
		return new FailureAnalysis(
				"No database is configured (SPRING_DATASOURCE_URL is not set), and this jar holds no embedded "
						+ "database: that is for development, with ./mvnw spring-boot:run.",
				"Set SPRING_PROFILES_ACTIVE=prod and SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and "
						+ "SPRING_DATASOURCE_PASSWORD to your PostgreSQL (see the README's \"Production\"), or "
						+ "run the application from its sources with ./mvnw spring-boot:run.",
				cause);
	}

}
