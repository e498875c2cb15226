package dk.peerstoette.home;

import dk.peerstoette.checkin.SupportFlags;
import dk.peerstoette.contact.DueMeetings;
import dk.peerstoette.security.Role;
import dk.peerstoette.security.StaffUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: who you are signed in as, the planned meetings waiting for you today,
 * the peer workers you supervise who need attention, and where to go from here. The data
 * protection officer starts at the access log.
 */
@Controller
class HomeController {

	private final DueMeetings dueMeetings;

	private final SupportFlags supportFlags;

	HomeController(DueMeetings dueMeetings, SupportFlags supportFlags) {
		this.dueMeetings = dueMeetings;
		this.supportFlags = supportFlags;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal StaffUser user, Model model) {
		if (user.getRole() == Role.AUDITOR) {
			// The access log is all the data protection officer works with.
			return "redirect:/audit";
		}
		model.addAttribute("user", user);
		model.addAttribute("dueMeetings", this.dueMeetings.dueFor(user));
		model.addAttribute("flaggedPeers", this.supportFlags.flaggedCount(user));
		return "home";
	}

}
