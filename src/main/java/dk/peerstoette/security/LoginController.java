package dk.peerstoette.security;

import java.util.List;
import java.util.stream.StreamSupport;

import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	private final PasswordAttempts attempts;

	private final SecondFactors secondFactors;

	/** The OpenID providers configured, in the order of their settings. */
	private final List<SignInProvider> singleSignOn;

	LoginController(PasswordAttempts attempts, SecondFactors secondFactors,
			ObjectProvider<ClientRegistrationRepository> singleSignOnProviders) {
		this.attempts = attempts;
		this.secondFactors = secondFactors;
		this.singleSignOn = (singleSignOnProviders.getIfAvailable() instanceof Iterable<?> registrations)
				? StreamSupport.stream(registrations.spliterator(), false)
					.map(ClientRegistration.class::cast)
					.map((registration) -> new SignInProvider(registration.getRegistrationId(),
							registration.getClientName()))
					.toList()
				: List.of();
	}

	/** A button on the login page: {@code /oauth2/authorization/<id>}. */
	record SignInProvider(String id, String name) {

	}

	/**
	 * The code after the password (posted to the filter of
	 * {@code SecurityConfiguration}); a user whose role requires a factor they have not
	 * enrolled goes to the enrolment.
	 */
	@GetMapping(SecondFactorStep.PATH)
	String secondFactor(@AuthenticationPrincipal StaffUser user, Model model) {
		if (!this.secondFactors.enrolled(user)) {
			return "redirect:" + SecurityConfiguration.ENROLMENT_PATH;
		}
		model.addAttribute("lockMinutes", this.attempts.lockDuration().toMinutes());
		return "login-second-factor";
	}

	@GetMapping("/login")
	String login(HttpSession session, Model model) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current != null && current.isAuthenticated() && !(current instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		// The username typed before a failed attempt, so it need not be typed again.
		Object username = session.getAttribute(SecurityConfiguration.LAST_USERNAME);
		session.removeAttribute(SecurityConfiguration.LAST_USERNAME);
		model.addAttribute("username", (username != null) ? username : "");
		model.addAttribute("lockMinutes", this.attempts.lockDuration().toMinutes());
		model.addAttribute("singleSignOn", this.singleSignOn);
		return "login";
	}

}
