package dk.peerstoette;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

/**
 * One module, alone or with the modules named in {@link #extraIncludes()}, on a real
 * PostgreSQL migrated by Flyway: Spring Modulith's {@link ApplicationModuleTest} scans
 * only the module's package (and its entities), so a test sees what the module does
 * through its own public API, and a bean it takes from a module not included stops the
 * start. Module tests share a database of their own
 * ({@link TestPostgres#moduleTestsUrl()}), empty but for what they write: the demo data
 * is {@link IntegrationTest}'s. The clock is {@link TestClock}. Each module is one more
 * application context (a few seconds), so a module has one such test class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
// ModuleStructureTest verifies the modules once for the whole run.
@ApplicationModuleTest(verifyAutomatically = false)
@Import({ ModuleTest.Database.class, TestClockConfiguration.class })
@ExtendWith(TestClock.Reset.class)
@ActiveProfiles("test")
public @interface ModuleTest {

	/** Further modules to start, by name, beside the test's own. */
	@AliasFor(annotation = ApplicationModuleTest.class)
	String[] extraIncludes() default {};

	/** Which modules the test's own depends on are started as well. */
	@AliasFor(annotation = ApplicationModuleTest.class)
	BootstrapMode mode() default BootstrapMode.STANDALONE;

	/** The module tests' database, reached as {@link TestDatabaseConfiguration} does. */
	@TestConfiguration(proxyBeanMethods = false)
	class Database {

		@Bean
		JdbcConnectionDetails moduleTestDatabase() {
			return TestDatabaseConfiguration.asApplication(TestPostgres.get().moduleTestsUrl());
		}

		@Bean
		FlywayConnectionDetails moduleTestDatabaseOwner() {
			return TestDatabaseConfiguration.asOwner(TestPostgres.get().moduleTestsUrl());
		}

	}

}
