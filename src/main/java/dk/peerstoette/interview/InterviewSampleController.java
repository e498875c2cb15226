package dk.peerstoette.interview;

import java.util.Optional;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.FormSubmission;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The interview sample's page: the form, a new draw (whose seed and day go into the
 * address, so that the page shows the same draw when it is opened again), and the draw an
 * address names. Role, scope and audit are the service's.
 */
@Controller
@RequestMapping("/interviews")
class InterviewSampleController {

	private final InterviewSampleService service;

	InterviewSampleController(InterviewSampleService service) {
		this.service = service;
	}

	@GetMapping
	String page(@Valid @ModelAttribute("sample") SampleForm form, BindingResult result,
			@RequestParam(name = "draw", required = false) @Nullable String draw,
			@AuthenticationPrincipal StaffUser user, Model model) {
		this.service.checkMayDraw(user);
		if (draw != null) {
			Optional<SampleForm> drawn = FormSubmission.submit(result,
					(problems) -> this.service.draw(form, user, problems));
			if (drawn.isPresent()) {
				return "redirect:" + address(drawn.get());
			}
		}
		else if (form.isDrawn()) {
			model.addAttribute("drawn",
					FormSubmission.submit(result, (problems) -> this.service.show(form, user, problems)).orElse(null));
			model.addAttribute("address", address(form));
		}
		model.addAttribute("strataChoices", Stratum.values());
		return "interview/sample";
	}

	/** The address of a draw: what it asked, its seed and its day. */
	private static String address(SampleForm form) {
		UriComponentsBuilder address = UriComponentsBuilder.fromPath("/interviews")
			.queryParam("recipients", form.getRecipients())
			.queryParam("peerWorkers", form.getPeerWorkers());
		form.getStrata().stream().sorted().forEach((stratum) -> address.queryParam("strata", stratum.name()));
		if (form.getStrata().isEmpty()) {
			// The check boxes' marker: none ticked, rather than the default.
			address.queryParam("_strata", "on");
		}
		return address.queryParam("seed", form.getSeed()).queryParam("on", form.getOn()).build().toUriString();
	}

}
