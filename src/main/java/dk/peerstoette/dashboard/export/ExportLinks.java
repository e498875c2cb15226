package dk.peerstoette.dashboard.export;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.dashboard.DashboardFilter;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboard's filter as a query string, for the links to the exports: templates call
 * {@code ${@dashboardExportLinks.query(filter)}}. Only the filters that are set.
 */
@Component("dashboardExportLinks")
public class ExportLinks {

	public String query(@Nullable DashboardFilter filter) {
		UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
		if (filter != null) {
			add(builder, "period", filter.getPeriod());
			add(builder, "year", filter.getYear());
			add(builder, "month", filter.getMonth());
			add(builder, "quarter", filter.getQuarter());
			add(builder, "from", filter.getFrom());
			add(builder, "to", filter.getTo());
			add(builder, "partnership", filter.getPartnership());
			add(builder, "organisation", filter.getOrganisation());
			add(builder, "unit", filter.getUnit());
			add(builder, "model", filter.getModel());
			add(builder, "role", filter.getRole());
			add(builder, "form", filter.getForm());
			add(builder, "courseKind", filter.getCourseKind());
			add(builder, "targetGroup", filter.getTargetGroup());
		}
		String query = builder.encode().build().getQuery();
		return (query != null) ? query : "";
	}

	private static void add(UriComponentsBuilder builder, String name, @Nullable Object value) {
		if (value != null && !value.toString().isBlank()) {
			builder.queryParam(name, value.toString());
		}
	}

}
