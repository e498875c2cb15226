package dk.peerstoette.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout and list fragments need on every page. */
@ControllerAdvice
class LayoutModel {

	@ModelAttribute("links")
	PageLinks links(HttpServletRequest request) {
		return new PageLinks(request);
	}

}
