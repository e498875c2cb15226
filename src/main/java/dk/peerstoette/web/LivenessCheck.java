package dk.peerstoette.web;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The container's health check: exits 0 when the application on this machine answers its
 * liveness probe, 1 otherwise. The image has no curl or wget, only the JRE, so
 * docker-compose.yml runs {@code java -cp /workspace/BOOT-INF/classes
 * dk.peerstoette.web.LivenessCheck}. It uses nothing but the JDK, and no Spring, to start
 * in a fraction of a second beside the application. The port is {@code SERVER_PORT} (8080
 * when unset).
 */
public final class LivenessCheck {

	private LivenessCheck() {
	}

	public static void main(String[] args) {
		String port = System.getenv().getOrDefault("SERVER_PORT", "8080");
		System.exit(answers(URI.create("http://127.0.0.1:" + port + "/actuator/health/liveness")) ? 0 : 1);
	}

	static boolean answers(URI probe) {
		try {
			HttpURLConnection connection = (HttpURLConnection) probe.toURL().openConnection();
			connection.setConnectTimeout(2000);
			connection.setReadTimeout(3000);
			// A redirect (to the sign-in page, say) is not the probe's answer.
			connection.setInstanceFollowRedirects(false);
			try {
				return connection.getResponseCode() == HttpURLConnection.HTTP_OK;
			}
			finally {
				connection.disconnect();
			}
		}
		catch (IOException ex) {
			return false;
		}
	}

}
