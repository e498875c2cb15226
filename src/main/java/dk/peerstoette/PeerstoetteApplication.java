package dk.peerstoette;

import dk.peerstoette.database.DatabaseBackup;
import dk.peerstoette.database.EmbeddedDatabaseEarlyStart;
import dk.peerstoette.migration.SchemaMigration;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
// Every app.* setting is a typed record beside the module that uses it (*Properties).
@ConfigurationPropertiesScan
public class PeerstoetteApplication {

	public static void main(String[] args) {
		// One-shot commands instead of the application: the migrations alone,
		// or a backup or restore of the embedded database.
		if (SchemaMigration.requested(args)) {
			System.exit(SchemaMigration.run(args));
		}
		if (DatabaseBackup.isCommand(args)) {
			System.exit(DatabaseBackup.runFromCommandLine(args));
		}
		SpringApplication application = new SpringApplication(PeerstoetteApplication.class);
		// The embedded PostgreSQL, when it is used, starts while Spring reads its
		// configuration.
		application.addListeners(new EmbeddedDatabaseEarlyStart());
		application.run(args);
	}

}
