package dk.peerstoette;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each top-level package is a module; modules use only each other's public API, without
 * cycles.
 */
class ModuleStructureTest {

	private final ApplicationModules modules = ApplicationModules.of(PeerstoetteApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void theFoundationModulesExist() {
		assertThat(this.modules.stream().map((module) -> module.getIdentifier().toString())).contains("account",
				"audit", "database", "demo", "partnership", "security", "web");
	}

}
