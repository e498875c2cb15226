package dk.peerstoette.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.security.StaffUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout and list fragments need on every page. */
@ControllerAdvice
class LayoutModel {

	private final Clock clock;

	LayoutModel(Clock clock) {
		this.clock = clock;
	}

	/** The business day, for pages that judge a date (ended, overdue). */
	@ModelAttribute("today")
	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	@ModelAttribute("links")
	PageLinks links(HttpServletRequest request) {
		return new PageLinks(request);
	}

	/** Which parts of the main menu the user gets. */
	@ModelAttribute("nav")
	Navigation navigation() {
		return Navigation.of(SecurityContextHolder.getContext().getAuthentication());
	}

	/** The signed-in staff member, or null on the login and error pages. */
	@ModelAttribute("currentUser")
	@Nullable StaffUser currentUser(@AuthenticationPrincipal(errorOnInvalidType = false) @Nullable StaffUser user) {
		return user;
	}

}
