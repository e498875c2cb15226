package dk.peerstoette;

import dk.peerstoette.migration.SchemaMigration;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
// Every app.* setting is a typed record beside the module that uses it (*Properties).
@ConfigurationPropertiesScan
public class PeerstoetteApplication {

	public static void main(String[] args) {
		if (SchemaMigration.requested(args)) {
			System.exit(SchemaMigration.run(args));
		}
		SpringApplication.run(PeerstoetteApplication.class, args);
	}

}
