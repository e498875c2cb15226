package dk.peerstoette.web;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ServerTimingFilterTest {

	private final ServerTimingFilter filter = new ServerTimingFilter();

	@Test
	void aDashboardResponseTellsTheServerTimeAndKeepsItsBody() throws Exception {
		MockHttpServletResponse response = run("/dashboard");
		assertThat(response.getHeader("Server-Timing")).matches("app;dur=\\d+\\.\\d");
		assertThat(response.getContentAsString()).isEqualTo("<p>figures</p>");
	}

	@Test
	void anExportOfTheDashboardToo() throws Exception {
		assertThat(run("/dashboard/export.csv").getHeader("Server-Timing")).startsWith("app;dur=");
	}

	@Test
	void otherPagesGoWithout() throws Exception {
		MockHttpServletResponse response = run("/dashboards-elsewhere");
		assertThat(response.getHeader("Server-Timing")).isNull();
		assertThat(response.getContentAsString()).isEqualTo("<p>figures</p>");
		assertThat(run("/recipients").getHeader("Server-Timing")).isNull();
	}

	private MockHttpServletResponse run(String path) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
			@Override
			protected void doGet(jakarta.servlet.http.HttpServletRequest req,
					jakarta.servlet.http.HttpServletResponse res) throws java.io.IOException {
				res.getWriter().write("<p>figures</p>");
				res.flushBuffer();
			}
		});
		this.filter.doFilter(request, response, chain);
		return response;
	}

}
