package dk.peerstoette.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor of the running application over real HTTP, with its own session cookie: what
 * is sent goes through Tomcat's own decoding, unlike MockMvc. {@link #raw} sends a
 * request line and body byte for byte, so they may hold anything a client can send, even
 * what {@link URI} refuses (a lone {@code %}).
 */
final class HttpVisitor {

	private final String base;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client;

	private HttpVisitor(int port) {
		this.base = "http://localhost:" + port;
		this.client = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/** A visitor who has not signed in. */
	static HttpVisitor anonymous(int port) {
		return new HttpVisitor(port);
	}

	/** A visitor signed in as the demo user. */
	static HttpVisitor signedIn(int port, String username) throws IOException, InterruptedException {
		HttpVisitor visitor = new HttpVisitor(port);
		String token = Jsoup.parse(visitor.get("/login").body()).select("input[name=_csrf]").val();
		HttpResponse<String> signIn = visitor.post("/login",
				"username=" + username + "&password=demo&_csrf=" + encode(token));
		assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/"));
		return visitor;
	}

	HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
		return send(request(pathAndQuery).GET().header("Accept", "text/html").build());
	}

	HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.ISO_8859_1))
			.build());
	}

	Document page(String pathAndQuery) throws IOException, InterruptedException {
		return Jsoup.parse(get(pathAndQuery).body(), this.base + pathAndQuery);
	}

	/**
	 * Sends the request as written, with the session cookie, and answers the status and
	 * the body.
	 */
	RawResponse raw(String method, String pathAndQuery, String body) throws IOException {
		URI uri = URI.create(this.base);
		String cookies = this.cookies.getCookieStore()
			.get(uri)
			.stream()
			.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
			.collect(java.util.stream.Collectors.joining("; "));
		byte[] content = body.getBytes(StandardCharsets.ISO_8859_1);
		StringBuilder head = new StringBuilder(method).append(' ').append(pathAndQuery).append(" HTTP/1.1\r\n");
		head.append("Host: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n");
		head.append("Accept: text/html\r\nConnection: close\r\n");
		if (!cookies.isEmpty()) {
			head.append("Cookie: ").append(cookies).append("\r\n");
		}
		if (!method.equals("GET")) {
			head.append("Content-Type: application/x-www-form-urlencoded\r\n");
			head.append("Content-Length: ").append(content.length).append("\r\n");
		}
		head.append("\r\n");
		try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
			socket.setSoTimeout(60_000);
			socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().write(content);
			socket.getOutputStream().flush();
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int status = Integer.parseInt(response.substring(9, 12));
			return new RawResponse(status, response.substring(Math.max(0, response.indexOf("\r\n\r\n"))));
		}
	}

	static String encode(String value) {
		return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private HttpRequest.Builder request(String pathAndQuery) {
		return HttpRequest.newBuilder(URI.create(this.base + pathAndQuery)).timeout(Duration.ofSeconds(60));
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	record RawResponse(int status, String body) {
	}

}
