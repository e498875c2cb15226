package dk.peerstoette.security;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * A real OpenID provider for the single sign-on tests (Spring Authorization Server, in
 * this JVM on its own port): its users all have the password {@link #PASSWORD}. Two of
 * them get a bad ID token, as a broken or hostile provider would send: {@link #EXPIRED}
 * one that expired an hour ago, {@link #WRONG_KEY} one signed with a key the provider
 * does not publish (under the published key's id).
 * <p>
 * A test configuration, so that the application's own component scan in tests passes it
 * by.
 */
@TestConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
		WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class,
		SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
		SecurityFilterAutoConfiguration.class })
public class TestOpenIdProvider {

	public static final String PASSWORD = "Provider-Side-Secret-81";

	/** The client the application signs in as; the one with new accounts has its own. */
	public static final String CLIENT = "peerstoette", CLIENT_WITH_NEW_ACCOUNTS = "peerstoette-new";

	private static final String CLIENT_SECRET = "Client-Secret-For-Tests-19";

	/** Each client's own secret (the provider refuses two clients with one). */
	public static String secretOf(String clientId) {
		return CLIENT_SECRET + "-" + clientId;
	}

	public static final String EXPIRED = "sso-expired", WRONG_KEY = "sso-wrong-key";

	/** The provider's users' names in the claim the application maps. */
	public static final List<String> USERS = List.of("sso-coordinator", "sso-stranger", "sso-deactivated",
			"sso-newcomer", "sso-with-factor", "sso-outsider", EXPIRED, WRONG_KEY);

	private static final KeyPair PUBLISHED = rsa(), ROGUE = rsa();

	private static final String KEY_ID = "provider-key";

	private static ConfigurableApplicationContext running;

	/** The issuer's URL, starting the provider at the first call. */
	public static synchronized String issuer() {
		if (running == null) {
			running = new SpringApplicationBuilder(TestOpenIdProvider.class)
				.properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off",
						"logging.level.org.springframework=warn")
				.run();
		}
		int port = ((WebServerApplicationContext) running).getWebServer().getPort();
		return "http://127.0.0.1:" + port;
	}

	@Bean
	@Order(1)
	SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
		http.oauth2AuthorizationServer((server) -> {
			http.securityMatcher(server.getEndpointsMatcher());
			server.oidc(Customizer.withDefaults());
		});
		http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated());
		http.exceptionHandling(
				(exceptions) -> exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain signIn(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated());
		http.formLogin(Customizer.withDefaults());
		return http.build();
	}

	/** The issuer is the address the provider is asked at. */
	@Bean
	AuthorizationServerSettings endpoints() {
		return AuthorizationServerSettings.builder().build();
	}

	@Bean
	UserDetailsService providerUsers() {
		return new InMemoryUserDetailsManager(USERS.stream()
			.map((name) -> User.withUsername(name).password("{noop}" + PASSWORD).roles("USER").build())
			.toList());
	}

	@Bean
	RegisteredClientRepository clients() {
		return new InMemoryRegisteredClientRepository(client(CLIENT, "test-idp"),
				client(CLIENT_WITH_NEW_ACCOUNTS, "test-idp-new"));
	}

	private static RegisteredClient client(String clientId, String registrationId) {
		return RegisteredClient.withId(UUID.randomUUID().toString())
			.clientId(clientId)
			.clientSecret("{noop}" + secretOf(clientId))
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			// A loopback address: any port is accepted (RFC 8252).
			.redirectUri("http://127.0.0.1/login/oauth2/code/" + registrationId)
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
			.build();
	}

	@Bean
	JWKSource<SecurityContext> publishedKeys() {
		return new ImmutableJWKSet<>(new JWKSet(key(PUBLISHED)));
	}

	/** For the user info endpoint, which takes the access token. */
	@Bean
	JwtDecoder accessTokens() {
		return NimbusJwtDecoder.withPublicKey((RSAPublicKey) PUBLISHED.getPublic()).build();
	}

	/** Signs with the published key, except the ID tokens of {@link #WRONG_KEY}. */
	@Bean
	JwtEncoder tokenSigner() {
		JwtEncoder published = new NimbusJwtEncoder(publishedKeys());
		JwtEncoder rogue = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key(ROGUE))));
		return (parameters) -> WRONG_KEY.equals(parameters.getClaims().getSubject()) ? rogue.encode(parameters)
				: published.encode(parameters);
	}

	/**
	 * The username claim the application is configured to read, a display name, and the
	 * expired ID token.
	 */
	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims() {
		return (context) -> {
			if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
				return;
			}
			String name = context.getPrincipal().getName();
			context.getClaims()
				.claims((claims) -> claims.putAll(Map.of("preferred_username", name, "name", "Anna Test")));
			if (EXPIRED.equals(name)) {
				Instant hourAgo = Instant.now().minus(1, ChronoUnit.HOURS);
				context.getClaims().issuedAt(hourAgo.minus(5, ChronoUnit.MINUTES)).expiresAt(hourAgo);
			}
		};
	}

	private static RSAKey key(KeyPair pair) {
		return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
			.keyID(KEY_ID)
			.build();
	}

	private static KeyPair rsa() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
