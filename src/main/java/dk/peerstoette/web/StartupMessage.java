package dk.peerstoette.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Tells whoever started the application where to open it. */
@Component
class StartupMessage {

	private static final Logger log = LoggerFactory.getLogger(StartupMessage.class);

	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void onReady(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			String path = event.getApplicationContext().getEnvironment().getProperty("server.servlet.context-path", "");
			log.info("Peer-støtte is running at http://localhost:{}{}/", web.getWebServer().getPort(), path);
		}
	}

}
