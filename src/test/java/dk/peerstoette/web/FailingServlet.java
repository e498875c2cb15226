package dk.peerstoette.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;

import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * A servlet beside the application's that always fails, as a bug would, at {@link #PATH}:
 * Tomcat logs the exception and answers the application's error page. Once added, it
 * stays for the shared test server.
 */
final class FailingServlet {

	static final String PATH = "/test-only/failing";

	private FailingServlet() {
	}

	static void addTo(WebServerApplicationContext context) {
		Tomcat tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
		Context application = (Context) tomcat.getHost().findChildren()[0];
		synchronized (application) {
			if (application.findChild("failing") == null) {
				Tomcat.addServlet(application, "failing", new HttpServlet() {
					@Override
					protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
						throw new IOException("Failing as asked");
					}
				});
				application.addServletMappingDecoded(PATH, "failing");
			}
		}
	}

}
