package dk.peerstoette.home;

import dk.peerstoette.security.StaffUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: who you are signed in as, and where to go from here. */
@Controller
class HomeController {

	@GetMapping("/")
	String home(@AuthenticationPrincipal StaffUser user, Model model) {
		model.addAttribute("user", user);
		return "home";
	}

}
