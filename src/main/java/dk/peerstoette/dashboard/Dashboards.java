package dk.peerstoette.dashboard;

import java.util.List;
import java.util.Locale;

import dk.peerstoette.security.StaffUser;

/**
 * The dashboard's figures for a user and a filter: every table, already suppressed, in
 * the order the page shows them. What the page, the exports and the report are built
 * from.
 */
public interface Dashboards {

	/**
	 * The suppressed tables for the filter, within the user's scope. Refuses users who
	 * may not see dashboards, and a filter naming a partnership, organisation or unit
	 * outside the scope.
	 */
	List<FigureTable> figures(DashboardFilter filter, StaffUser user, Locale locale);

}
