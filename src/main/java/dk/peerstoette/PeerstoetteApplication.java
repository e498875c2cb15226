package dk.peerstoette;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PeerstoetteApplication {

	public static void main(String[] args) {
		SpringApplication.run(PeerstoetteApplication.class, args);
	}

}
