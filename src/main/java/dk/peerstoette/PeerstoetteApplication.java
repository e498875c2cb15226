package dk.peerstoette;

import dk.peerstoette.migration.SchemaMigration;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PeerstoetteApplication {

	public static void main(String[] args) {
		if (SchemaMigration.requested(args)) {
			System.exit(SchemaMigration.run(args));
		}
		SpringApplication.run(PeerstoetteApplication.class, args);
	}

}
