package dk.peerstoette.security;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagerFactories;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.DelegatingMissingAuthorityAccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/** No inline script or style anywhere, and no framing. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** The roles of the programme's own work: every role but the auditor. */
	private static final String[] STAFF_ROLES = Arrays.stream(Role.values())
		.filter((role) -> role != Role.AUDITOR)
		.map(Role::name)
		.toArray(String[]::new);

	static final String ENROLMENT_PATH = "/account/second-factor";

	static final String LAST_USERNAME = LoginController.class.getName() + ".username";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
			AppSecurityProperties security, ObjectProvider<ExpiredSessionForms> expiredSessionForms,
			SignedInSessions signedInSessions, ObjectProvider<SecondFactors> secondFactors, PasswordAttempts attempts,
			ObjectProvider<ClientRegistrationRepository> singleSignOnProviders) throws Exception {
		http.authenticationManager(authenticationManager);
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers("/login", "/error", "/assets/**", "/webjars/**", "/favicon.ico")
					.permitAll()
					// The second step and the enrolment a required factor leads to:
					// signed
					// in with the password is enough here (every other page asks for the
					// second factor when it is due, see secondFactorRule).
					.requestMatchers(SecondFactorStep.PATH, ENROLMENT_PATH)
					.access(AuthenticatedAuthorizationManager.authenticated())
					// The accessibility statement is for everyone, signed in or not.
					.requestMatchers("/accessibility", "/was")
					.permitAll()
					// The staff survey's answer page: whoever holds a link answers
					// without
					// an account (the link's token is the only key; CSRF stays on).
					.requestMatchers("/staff-survey/answer/**")
					.permitAll()
					.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
					.permitAll()
					.requestMatchers(EndpointRequest.toAnyEndpoint())
					.hasRole(Role.ADMIN.name())
					// The access log is the data protection officer's alone.
					.requestMatchers("/audit/**")
					.hasRole(Role.AUDITOR.name())
					.requestMatchers("/admin/users/**")
					.hasRole(Role.ADMIN.name())
					// Managers read the programme structure; only administrators change
					// it.
					.requestMatchers(HttpMethod.GET, "/admin/**")
					.hasAnyRole(Role.ADMIN.name(), Role.MANAGER.name())
					.requestMatchers("/admin/**")
					.hasRole(Role.ADMIN.name())
					// Least privilege: the data protection officer gets the start page
					// (which
					// sends them to the log) and their own account, and no other page.
					.requestMatchers("/", "/account/**")
					.authenticated()
					// Retention and erasure are a coordinator's (the service checks the
					// organisation).
					.requestMatchers("/retention/**")
					.hasRole(Role.COORDINATOR.name())
					.anyRequest()
					.hasAnyRole(STAFF_ROLES));
		http.formLogin(
				(form) -> form.loginPage("/login").successHandler(successHandler()).failureHandler(failureHandler()));
		if (singleSignOnProviders.getIfAvailable() != null) {
			// The provider's answer is checked by the authentication manager below, so
			// that a single sign-on ends in the same events, session and second step as a
			// password.
			http.oauth2Login((login) -> login.loginPage("/login")
				.successHandler(successHandler())
				.failureHandler((request, response, exception) -> redirect(request, response, "/login?refused")));
		}
		http.addFilterAfter(secondFactorFilter(secondFactors, attempts), UsernamePasswordAuthenticationFilter.class);
		http.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"));
		http.exceptionHandling(
				(exceptions) -> exceptions.accessDeniedHandler(accessDeniedHandler(expiredSessionForms)));
		// A new session at sign-in (not only a new id), so that its creation time is the
		// sign-in, from which its absolute limit counts.
		http.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.migrateSession()));
		http.addFilterBefore(new SessionLifetimeFilter(signedInSessions), SecurityContextHolderFilter.class);
		// Before any page's own rule, so that a one-time password opens no page but its
		// change.
		http.addFilterBefore(new PasswordChangeRequiredFilter(), AuthorizationFilter.class);
		http.headers((headers) -> {
			headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY));
			headers.frameOptions((frame) -> frame.deny());
			headers.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
			headers.contentTypeOptions((contentType) -> {
			});
			if (security.hsts()) {
				headers.httpStrictTransportSecurity((sts) -> sts.maxAgeInSeconds(31_536_000).includeSubDomains(true));
			}
			else {
				headers.httpStrictTransportSecurity((sts) -> sts.disable());
			}
		});
		return http.build();
	}

	/**
	 * No timer or span around each of the filter chain's filters, the sign-in and every
	 * authorisation decision: a few per cent of every request (JFR, issue 14), for
	 * figures that the request's own timer ({@code http.server.requests}) and its trace
	 * already give. What the filters decide is unchanged.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Spring Security's multi-factor authorisation: every rule built by this factory
	 * ({@code authenticated()}, {@code hasRole(…)}, also in {@code @PreAuthorize}) asks
	 * for the second factor as well when the password sign-in marked it due.
	 */
	@Bean
	AuthorizationManagerFactory<Object> secondFactorRule() {
		return AuthorizationManagerFactories.multiFactor()
			.requireFactors(SecondFactorStep.FACTOR)
			.when(SecondFactorStep::isDue)
			.build();
	}

	/**
	 * The code of the second step, posted to its page by the user signed in with a
	 * password.
	 */
	private static AuthenticationFilter secondFactorFilter(ObjectProvider<SecondFactors> secondFactors,
			PasswordAttempts attempts) {
		AuthenticationManager codeCheck = new ProviderManager(
				new SecondFactorAuthenticationProvider(new LazySecondFactors(secondFactors), attempts));
		AuthenticationFilter filter = new AuthenticationFilter(codeCheck, (request) -> {
			Authentication signIn = SecurityContextHolder.getContext().getAuthentication();
			if (signIn == null || !(signIn.getPrincipal() instanceof StaffUser user)) {
				return null;
			}
			String code = request.getParameter("code");
			return new SecondFactorAuthenticationProvider.CodeToken(user, (code != null) ? code : "", signIn);
		});
		filter.setRequestMatcher(
				PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, SecondFactorStep.PATH));
		filter.setSecurityContextRepository(new DelegatingSecurityContextRepository(
				new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository()));
		SavedRequestAwareAuthenticationSuccessHandler target = new SavedRequestAwareAuthenticationSuccessHandler();
		target.setDefaultTargetUrl("/");
		filter.setSuccessHandler(target);
		filter.setFailureHandler((request, response, exception) -> redirect(request, response,
				SecondFactorStep.PATH + ((exception instanceof LockedException) ? "?locked" : "?error")));
		return filter;
	}

	/**
	 * The account module's store, looked up at the first code (it needs this module's
	 * beans).
	 */
	private record LazySecondFactors(ObjectProvider<SecondFactors> factors) implements SecondFactors {

		@Override
		public boolean enrolled(StaffUser user) {
			return this.factors.getObject().enrolled(user);
		}

		@Override
		public boolean accept(StaffUser user, String code) {
			return this.factors.getObject().accept(user, code);
		}

	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Both ways in: the password (throttled) and an OpenID provider's answer (its ID
	 * token checked, then mapped to an account by {@link SingleSignOnUserService}). Each
	 * marks the sign-in when a second factor is still due.
	 */
	@Bean
	AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder passwordEncoder,
			PasswordAttempts attempts, AuthenticationEventPublisher events, AppSecurityProperties security,
			ObjectProvider<SecondFactors> secondFactors, SingleSignOnProperties singleSignOn,
			ObjectProvider<SingleSignOnAccounts> singleSignOnAccounts) {
		DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(users);
		passwordCheck.setPasswordEncoder(passwordEncoder);
		SecondFactors factors = new LazySecondFactors(secondFactors);
		Predicate<StaffUser> secondFactorDue = (
				user) -> security.secondFactor().requiredRoles().contains(user.getRole()) || factors.enrolled(user);
		ProviderManager manager = new ProviderManager(
				new ThrottledAuthenticationProvider(passwordCheck, attempts, secondFactorDue),
				new OidcAuthorizationCodeAuthenticationProvider(new RestClientAuthorizationCodeTokenResponseClient(),
						new SingleSignOnUserService(users, singleSignOn, singleSignOnAccounts, secondFactorDue)));
		manager.setAuthenticationEventPublisher(events);
		return manager;
	}

	/**
	 * Every refusal is an event for the access log, also those Spring Security has no
	 * event of its own for (an OpenID provider's answer that fails its checks).
	 */
	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
		events.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
		return events;
	}

	/**
	 * To the page asked for before signing in, or the start page; the session keeps which
	 * device it was signed in from, for its owner's list of sessions.
	 */
	private static AuthenticationSuccessHandler successHandler() {
		SavedRequestAwareAuthenticationSuccessHandler target = new SavedRequestAwareAuthenticationSuccessHandler();
		target.setDefaultTargetUrl("/");
		return (request, response, authentication) -> {
			request.getSession()
				.setAttribute(SessionDevice.ATTRIBUTE, SessionDevice.of(request.getHeader(HttpHeaders.USER_AGENT)));
			target.onAuthenticationSuccess(request, response, authentication);
		};
	}

	/**
	 * A wrong password, an unknown or a deactivated username all get the same answer; a
	 * lock gets its own, which says nothing about whether the username exists either.
	 */
	private static AuthenticationFailureHandler failureHandler() {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
			String username = request.getParameter("username");
			if (username != null) {
				request.getSession()
					.setAttribute(LAST_USERNAME,
							username.strip().substring(0, Math.min(username.strip().length(), 50)));
			}
			redirect(request, response, (exception instanceof LockedException) ? "/login?locked" : "/login?error");
		};
	}

	/**
	 * A form sent after the sign-in ran out fails the CSRF check (its session, and the
	 * token with it, is gone). If a module keeps such a form (see
	 * {@link ExpiredSessionForms}), the person is sent to the page it names, which asks
	 * them to sign in again first; the request itself is not carried out. Anything else,
	 * and any refusal for a signed-in user, is a 403 as before.
	 */
	private static AccessDeniedHandler accessDeniedHandler(ObjectProvider<ExpiredSessionForms> expiredSessionForms) {
		// A sign-in that lacks only its second factor is sent to give it (the page asked
		// for
		// is kept and served after the code); any other refusal is a 403.
		DelegatingMissingAuthorityAccessDeniedHandler refusal = DelegatingMissingAuthorityAccessDeniedHandler.builder()
			.addEntryPointFor(new LoginUrlAuthenticationEntryPoint(SecondFactorStep.PATH), SecondFactorStep.FACTOR)
			.build();
		refusal.setDefaultAccessDeniedHandler(new AccessDeniedHandlerImpl());
		AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
		return (request, response, exception) -> {
			Optional<String> resume = Optional.empty();
			if (exception instanceof CsrfException
					&& !trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication())) {
				resume = expiredSessionForms.orderedStream()
					.map((forms) -> forms.keep(request))
					.flatMap(Optional::stream)
					.findFirst();
			}
			if (resume.isPresent()) {
				redirect(request, response, resume.get());
			}
			else {
				refusal.handle(request, response, exception);
			}
		};
	}

	private static void redirect(HttpServletRequest request, HttpServletResponse response, String path)
			throws IOException {
		response.sendRedirect(request.getContextPath() + path);
	}

}
