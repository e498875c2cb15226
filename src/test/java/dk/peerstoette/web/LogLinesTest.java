package dk.peerstoette.web;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.peerstoette.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the application logs while it handles a request: every line carries the request
 * id, also the error Tomcat logs after the filters have returned, and no line repeats
 * what a user sent.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LogLinesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	WebServerApplicationContext context;

	@LocalServerPort
	int port;

	@Test
	@WithUserDetails("koordinator")
	void aValueOfTheWrongTypeIsLoggedByItsParameterWithoutTheValue(CapturedOutput output) throws Exception {
		String requestId = mvc.perform(get("/quotes").param("unit", "Jens Hansen 010190-1234"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getHeader("X-Request-Id");
		assertThat(output.getAll()).doesNotContain("Jens Hansen").doesNotContain("010190");
		assertThat(lines(output, "MethodArgumentTypeMismatchException")).singleElement()
			.asString()
			.contains("[" + requestId + "]")
			.contains("'unit'");
	}

	@Test
	void malformedInputIsRefusedWithoutLoggingIt(CapturedOutput output) throws Exception {
		HttpVisitor visitor = HttpVisitor.signedIn(port, "koordinator");
		assertThat(visitor.raw("GET", "/quotes?q=Jens%C3%28Hansen", "").status()).isEqualTo(400);
		assertThat(visitor.raw("GET", "/quotes?q=Jens%00Hansen", "").status()).isEqualTo(400);
		assertThat(visitor.raw("POST", "/quotes", "text=Jens%FFHansen").status()).isEqualTo(400);
		assertThat(output.getAll()).doesNotContain("Jens");
	}

	@Test
	void anErrorThatTomcatLogsAfterTheFiltersCarriesTheRequestId(CapturedOutput output) throws Exception {
		FailingServlet.addTo(this.context);
		HttpResponse<String> response = HttpVisitor.signedIn(port, "peer").get(FailingServlet.PATH);
		String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("Reference: " + requestId);
		assertThat(lines(output, "threw exception")).isNotEmpty()
			.allSatisfy((line) -> assertThat(line).contains("[" + requestId + "]"));
	}

	private static List<String> lines(CapturedOutput output, String text) {
		return output.getAll().lines().filter((line) -> line.contains(text)).toList();
	}

}
