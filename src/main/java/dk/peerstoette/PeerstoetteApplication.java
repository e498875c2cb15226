package dk.peerstoette;

import dk.peerstoette.database.DatabaseBackup;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PeerstoetteApplication {

	public static void main(String[] args) {
		// A backup or restore of the embedded database, instead of the application.
		if (DatabaseBackup.isCommand(args)) {
			System.exit(DatabaseBackup.runFromCommandLine(args));
		}
		SpringApplication.run(PeerstoetteApplication.class, args);
	}

}
