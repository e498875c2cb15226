package dk.peerstoette.web;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;

import org.junit.jupiter.api.Test;

import dk.peerstoette.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The container's health check (docker-compose.yml): healthy only when the application
 * answers 200 on the probe, unhealthy when nothing listens or the answer is anything
 * else.
 */
@IntegrationTest
class LivenessCheckTest {

	@LocalServerPort
	int port;

	@Test
	void healthyOnlyWhenTheApplicationAnswersUp() throws IOException {
		assertThat(LivenessCheck.answers(URI.create("http://127.0.0.1:" + this.port + "/actuator/health"))).isTrue();
		// Not a probe (a page that needs a sign-in answers with a redirect): unhealthy.
		assertThat(LivenessCheck.answers(URI.create("http://127.0.0.1:" + this.port + "/recipients"))).isFalse();
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		assertThat(LivenessCheck.answers(URI.create("http://127.0.0.1:" + closed + "/actuator/health/liveness")))
			.isFalse();
	}

}
