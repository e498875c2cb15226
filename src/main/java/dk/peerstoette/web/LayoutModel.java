package dk.peerstoette.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.security.StaffUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout and list fragments need on every page. */
@ControllerAdvice
class LayoutModel {

	@ModelAttribute("links")
	PageLinks links(HttpServletRequest request) {
		return new PageLinks(request);
	}

	/** The signed-in staff member, or null on the login and error pages. */
	@ModelAttribute("currentUser")
	@Nullable StaffUser currentUser(@AuthenticationPrincipal(errorOnInvalidType = false) @Nullable StaffUser user) {
		return user;
	}

}
