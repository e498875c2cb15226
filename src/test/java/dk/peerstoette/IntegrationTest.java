package dk.peerstoette;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real PostgreSQL (see {@link TestPostgres}), with the demo
 * data, listening on a random port for browser tests and offering MockMvc for web tests.
 * Every test class with this annotation shares one application context. MockMvc keeps its
 * own sessions; real HTTP uses the session store (see
 * {@link MockMvcSessionConfiguration}). The application's clock is {@link TestClock}:
 * real time in Denmark unless a test stops it, and real time again after each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, MockMvcSessionConfiguration.class, TestClockConfiguration.class,
		StatementCounter.class })
@ExtendWith(TestClock.Reset.class)
@ActiveProfiles("test")
public @interface IntegrationTest {

}
