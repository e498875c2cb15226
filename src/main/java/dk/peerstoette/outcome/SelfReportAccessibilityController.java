package dk.peerstoette.outcome;

import jakarta.servlet.http.HttpSession;

import dk.peerstoette.web.AccessibilityStatement;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The accessibility statement for the recipient holding a locked device: the same
 * statement as at {@value AccessibilityStatement#PATH}, which the lock keeps out of
 * reach, on a page of the screen's kind, without the staff member's menu and name.
 */
@Controller
class SelfReportAccessibilityController {

	private final AccessibilityStatement statement;

	SelfReportAccessibilityController(AccessibilityStatement statement) {
		this.statement = statement;
	}

	@GetMapping(SelfReportLock.PATH + "/accessibility")
	String statement(HttpSession session, Model model) {
		if (SelfReportLock.of(session) == null) {
			return "redirect:" + AccessibilityStatement.PATH;
		}
		model.addAttribute("statement", this.statement);
		return "outcome/self-report/accessibility";
	}

}
