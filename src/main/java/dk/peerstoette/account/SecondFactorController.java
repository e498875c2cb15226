package dk.peerstoette.account;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import dk.peerstoette.security.SecondFactorStep;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.FormSubmission;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Enrolment of a second factor ({@code /account/second-factor}), reached signed in with
 * the password only when a role requires a factor the user does not have yet.
 */
@Controller
@RequestMapping("/account/second-factor")
class SecondFactorController {

	private final SecondFactorService factors;

	SecondFactorController(SecondFactorService factors) {
		this.factors = factors;
	}

	@GetMapping
	String page(@AuthenticationPrincipal StaffUser user, Model model) {
		if (!model.containsAttribute("secondFactorForm")) {
			model.addAttribute("secondFactorForm", new SecondFactorForm());
		}
		return show(user, model);
	}

	@PostMapping
	String confirm(@AuthenticationPrincipal StaffUser user,
			@Valid @ModelAttribute("secondFactorForm") SecondFactorForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Model model) {
		Optional<List<String>> codes = FormSubmission.submit(result,
				(problems) -> this.factors.confirm(user, form.getCode(), problems));
		if (codes.isEmpty()) {
			form.setCode("");
			return show(user, model);
		}
		SecondFactorStep.completedByEnrolment(request, response);
		// Shown once, on the next page only.
		redirect.addFlashAttribute("recoveryCodes", codes.get());
		return "redirect:/account/second-factor";
	}

	private String show(StaffUser user, Model model) {
		Optional<SecondFactorService.Enrolment> enrolment = this.factors.enrolment(user);
		if (enrolment.isPresent()) {
			model.addAttribute("secret", enrolment.get().secret());
			model.addAttribute("qrCode", QrCodeImage.dataUri(enrolment.get().uri()));
		}
		else {
			model.addAttribute("recoveryCodesLeft", this.factors.recoveryCodesLeft(user));
		}
		return "account/own/second-factor";
	}

}
