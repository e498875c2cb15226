package dk.peerstoette.security;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	private final PasswordAttempts attempts;

	private final SecondFactors secondFactors;

	LoginController(PasswordAttempts attempts, SecondFactors secondFactors) {
		this.attempts = attempts;
		this.secondFactors = secondFactors;
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
		return "login";
	}

}
