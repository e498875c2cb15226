package dk.peerstoette.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The accessibility statement, open to everyone, signed in or not; also at {@code /was},
 * the short address under which Danish public bodies publish theirs.
 */
@Controller
class AccessibilityStatementController {

	private final AccessibilityStatement statement;

	AccessibilityStatementController(AccessibilityStatement statement) {
		this.statement = statement;
	}

	@GetMapping(AccessibilityStatement.PATH)
	String statement(Model model) {
		model.addAttribute("statement", this.statement);
		return "accessibility/statement";
	}

	@GetMapping("/was")
	String shortAddress() {
		return "redirect:" + AccessibilityStatement.PATH;
	}

}
