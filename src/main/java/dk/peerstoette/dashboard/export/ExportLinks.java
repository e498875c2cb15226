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
			// Only the parts of the period its kind uses: the form fills in the others.
			DashboardFilter.PeriodKind kind = filter.getPeriod();
			add(builder, "period", kind);
			boolean custom = kind == DashboardFilter.PeriodKind.CUSTOM;
			add(builder, "year", custom ? null : filter.getYear());
			add(builder, "month", (kind == DashboardFilter.PeriodKind.MONTH) ? filter.getMonth() : null);
			add(builder, "quarter", (kind == DashboardFilter.PeriodKind.QUARTER) ? filter.getQuarter() : null);
			add(builder, "from", custom ? filter.getFrom() : null);
			add(builder, "to", custom ? filter.getTo() : null);
			filter.narrowing().forEach((name, value) -> add(builder, name, value));
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
