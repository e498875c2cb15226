package dk.peerstoette.account;

import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import dk.peerstoette.account.OwnAccountService.PasswordChange;
import dk.peerstoette.security.SignedInSessions;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.FormSubmission;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user's own sessions and password, for every signed-in user. Guessing the current
 * password is bounded as the self-report screen's unlock is: after
 * {@value OwnAccountService#MAX_WRONG_PASSWORDS} wrong ones the session is signed out.
 */
@Controller
@RequestMapping("/account")
class OwnAccountController {

	private final OwnAccountService account;

	private final SignedInSessions sessions;

	OwnAccountController(OwnAccountService account, SignedInSessions sessions) {
		this.account = account;
		this.sessions = sessions;
	}

	@GetMapping("/sessions")
	String sessions(@AuthenticationPrincipal StaffUser user, HttpSession session, Model model) {
		model.addAttribute("sessions", this.account.sessions(user, session.getId()));
		return "account/own/sessions";
	}

	@PostMapping("/sessions/{handle}/end")
	String endSession(@AuthenticationPrincipal StaffUser user, @PathVariable String handle,
			RedirectAttributes redirect) {
		boolean ended = this.account.endSession(user, handle);
		redirect.addFlashAttribute(ended ? "success" : "error", ended ? "sessions.ended" : "sessions.notFound");
		return "redirect:/account/sessions";
	}

	@PostMapping("/sessions/end-others")
	String endOtherSessions(@AuthenticationPrincipal StaffUser user, HttpSession session, RedirectAttributes redirect) {
		this.account.endOtherSessions(user, session.getId());
		redirect.addFlashAttribute("success", "sessions.othersEnded");
		return "redirect:/account/sessions";
	}

	@GetMapping("/password")
	String passwordForm(Model model) {
		model.addAttribute("passwordChangeForm", new PasswordChangeForm());
		return "account/own/password";
	}

	@PostMapping("/password")
	String changePassword(@AuthenticationPrincipal StaffUser user,
			@Valid @ModelAttribute("passwordChangeForm") PasswordChangeForm form, BindingResult result,
			HttpSession session, RedirectAttributes redirect) {
		Optional<PasswordChange> change = FormSubmission.submit(result,
				(problems) -> this.account.changePassword(user, form, session.getId(), problems));
		if (change.isPresent()) {
			if (change.get() == PasswordChange.NO_ATTEMPTS_LEFT) {
				session.invalidate();
				return "redirect:/login";
			}
			// The principal of this session no longer asks for a change.
			this.sessions.refreshCurrent(session, user.getUsername());
			redirect.addFlashAttribute("success", "password.changed");
			return "redirect:/account/sessions";
		}
		form.clear();
		return "account/own/password";
	}

}
