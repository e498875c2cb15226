package dk.peerstoette.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Keeps the request id in the log context for all that Tomcat does with a request, not
 * only while the filters run: Tomcat logs an exception that escapes the application, and
 * renders the error page, after every filter has returned.
 */
class RequestIdValve extends ValveBase {

	RequestIdValve() {
		super(true);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		RequestIds.assign(request, response);
		boolean entered = RequestIds.enterLogContext(request);
		try {
			getNext().invoke(request, response);
		}
		finally {
			if (entered) {
				RequestIds.leaveLogContext();
			}
		}
	}

	/**
	 * Adds the valve to Tomcat's engine after the RemoteIpValve that Spring Boot adds
	 * there (its customizer has order 0), so that the valve sees whether the request came
	 * through a trusted proxy.
	 */
	@Component
	static class Installer implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

		@Override
		public void customize(ConfigurableTomcatWebServerFactory factory) {
			factory.addEngineValves(new RequestIdValve());
		}

		@Override
		public int getOrder() {
			return 1;
		}

	}

}
