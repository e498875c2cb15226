package dk.peerstoette.account;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.peerstoette.PeerstoetteApplication;
import dk.peerstoette.TestPostgres;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An operator starts a new installation with a weak APP_ADMIN_PASSWORD: the start stops
 * before any migration, and says why in words, not with a message key or the password.
 */
@ExtendWith(OutputCaptureExtension.class)
class WeakFirstAdministratorPasswordTest {

	@Test
	void aWeakPasswordStopsTheStartBeforeAnyMigrationAndSaysWhyInPlainWords(CapturedOutput output) throws SQLException {
		TestPostgres postgres = TestPostgres.get();
		String url = postgres.createEmptyDatabase("weak_first_admin");
		assertThatThrownBy(() -> new SpringApplicationBuilder(PeerstoetteApplication.class).profiles("prod")
			.run("--spring.datasource.url=" + url, "--spring.datasource.username=" + postgres.application().username(),
					"--spring.datasource.password=" + postgres.application().password(),
					"--spring.flyway.user=" + postgres.owner().username(),
					"--spring.flyway.password=" + postgres.owner().password(), "--server.port=0",
					"--app.admin.username=chief", "--app.admin.password=Sh0rt-pass"))
			.isNotNull();
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("APP_ADMIN_PASSWORD")
			.contains("The password must be at least 12 characters long.")
			.doesNotContain("password.tooShort")
			.doesNotContain("Sh0rt-pass");
		try (Connection connection = DriverManager.getConnection(url, postgres.owner().username(),
				postgres.owner().password());
				Statement statement = connection.createStatement();
				ResultSet tables = statement
					.executeQuery("select count(*) from information_schema.tables where table_schema = 'public'")) {
			tables.next();
			assertThat(tables.getInt(1)).as("tables in the schema: no migration ran").isZero();
		}
	}

}
