package dk.peerstoette.dashboard;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * The dashboard's filter binds its own fields and nothing else, on the page and on every
 * export alike.
 */
@ControllerAdvice(basePackageClasses = DashboardFilter.class)
class DashboardFilterBinding {

	@InitBinder("filter")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("period", "year", "month", "quarter", "from", "to", "partnership", "organisation",
				"unit", "model", "role", "form", "courseKind", "targetGroup");
	}

}
