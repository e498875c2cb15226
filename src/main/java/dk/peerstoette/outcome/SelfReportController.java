package dk.peerstoette.outcome;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.audit.AuditOutcome;
import dk.peerstoette.outcome.AssessmentService.Completion;
import dk.peerstoette.outcome.SelfReportLock.Lock;
import dk.peerstoette.security.PasswordAttempts;
import dk.peerstoette.security.PasswordConfirmation;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.FormProblems;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The self-report screen: the questionnaire alone, for the recipient holding the device;
 * then a thank-you asking them to hand it back; then the staff member's password (or a
 * new sign-in) lifts the lock. {@value SelfReportLock#MAX_WRONG_PASSWORDS} wrong
 * passwords sign the session out.
 */
@Controller
@RequestMapping(SelfReportLock.PATH)
class SelfReportController {

	private final AssessmentService assessments;

	private final PasswordAttempts passwords;

	private final AuditLog auditLog;

	SelfReportController(AssessmentService assessments, PasswordAttempts passwords, AuditLog auditLog) {
		this.assessments = assessments;
		this.passwords = passwords;
		this.auditLog = auditLog;
	}

	@GetMapping
	String screen(@AuthenticationPrincipal StaffUser user, HttpSession session, Model model) {
		Lock lock = ownLock(session, user);
		if (lock == null) {
			return "redirect:/";
		}
		if (!lock.finished()) {
			AssessmentQuestionnaire questionnaire = this.assessments.questionnaire(user, lock.assessmentId())
				.orElse(null);
			if (questionnaire != null) {
				model.addAttribute("questionnaire", questionnaire);
				model.addAttribute("answersForm", new AssessmentAnswersForm());
				return "outcome/self-report/answer";
			}
			// Completed some other way meanwhile: nothing is left to answer.
			SelfReportLock.update(session, lock.answered());
		}
		return "outcome/self-report/done";
	}

	/**
	 * Finishes the questionnaire. With nothing answered the recipient is asked once
	 * whether to finish anyway (a completed assessment uses up its timepoint); the screen
	 * then shows that question instead of the items.
	 */
	@PostMapping
	String finish(@ModelAttribute("answersForm") AssessmentAnswersForm form, @AuthenticationPrincipal StaffUser user,
			HttpSession session, RedirectAttributes redirect) {
		Lock lock = ownLock(session, user);
		if (lock == null) {
			return "redirect:/";
		}
		if (!lock.finished()) {
			Completion completion = this.assessments.complete(user, lock.assessmentId(), form, true,
					new FormProblems());
			if (completion == Completion.NOTHING_ANSWERED) {
				redirect.addFlashAttribute("confirmUnanswered", true);
				return "redirect:" + SelfReportLock.PATH;
			}
			SelfReportLock.update(session, lock.answered());
		}
		return "redirect:" + SelfReportLock.PATH;
	}

	/** The staff member's way out before the questionnaire is finished. */
	@GetMapping("/unlock")
	String unlockPage(@AuthenticationPrincipal StaffUser user, HttpSession session) {
		return (ownLock(session, user) != null) ? "outcome/self-report/unlock" : "redirect:/";
	}

	@PostMapping("/unlock")
	String unlock(@RequestParam(name = "password", defaultValue = "") String password,
			@RequestParam(name = "from", defaultValue = "") String from, @AuthenticationPrincipal StaffUser user,
			HttpServletRequest request, HttpServletResponse response, HttpSession session,
			RedirectAttributes redirect) {
		Lock lock = ownLock(session, user);
		if (lock == null) {
			return "redirect:/";
		}
		// Counted before it is checked, so that guesses sent at once get no more tries.
		PasswordConfirmation check = this.passwords.confirm(user, password, "SELF_REPORT_LOCK=" + lock.id(),
				SelfReportLock.MAX_WRONG_PASSWORDS);
		if (check.outcome() == PasswordConfirmation.Outcome.CONFIRMED) {
			SelfReportLock.lift(session);
			this.assessments.selfReportUnlocked(lock.assessmentId(), "PASSWORD");
			return "redirect:/outcomes/assessments/" + lock.assessmentId();
		}
		this.assessments.selfReportUnlockRefused(lock.assessmentId(), check);
		if (check.attemptsLeft() == 0) {
			this.auditLog.recordSession(AuditAction.LOGOUT, user.getId(), user.getUsername(), AuditOutcome.SUCCESS,
					"REASON=SELF_REPORT_UNLOCK_FAILED");
			new SecurityContextLogoutHandler().logout(request, response,
					SecurityContextHolder.getContext().getAuthentication());
			return "redirect:/login?logout";
		}
		redirect.addFlashAttribute("wrongPassword", check.attemptsLeft());
		return "redirect:" + ("unlock".equals(from) ? SelfReportLock.PATH + "/unlock" : SelfReportLock.PATH);
	}

	/** The session's lock if it is this user's; another user's is lifted. */
	private static @Nullable Lock ownLock(HttpSession session, StaffUser user) {
		Lock lock = SelfReportLock.of(session);
		if (lock != null && lock.userId() != user.getId()) {
			SelfReportLock.lift(session);
			return null;
		}
		return lock;
	}

}
