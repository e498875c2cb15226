package dk.peerstoette.dashboard;

import java.util.List;
import java.util.Locale;

import dk.peerstoette.security.StaffUser;

/**
 * The dashboard's figures for a user and a filter: every table, already through
 * disclosure control (small figures hidden, counts rounded, means perturbed; see
 * {@code DisclosureControl}), in the order the page shows them. What the page, the
 * exports and the report are built from, so that they all show the same.
 */
public interface Dashboards {

	/**
	 * The protected tables for the filter, within the user's scope, in the order: reach,
	 * contacts, hours, per-recipient, caseload, chime, chime-role, support, months,
	 * peer-ends, and after the others peer-outcomes, peer-outcomes-role,
	 * peer-outcomes-form, peer-outcomes-model (the tables' ids). Audits the view (entity
	 * DASHBOARD, the filter as detail).
	 * @throws org.springframework.security.access.AccessDeniedException for a user who is
	 * neither manager nor coordinator
	 * @throws dk.peerstoette.web.NotFoundException for a filter naming a partnership,
	 * organisation or unit outside the scope
	 * @throws IllegalArgumentException for a filter {@link DashboardFilter#validate}
	 * refuses
	 */
	List<FigureTable> figures(DashboardFilter filter, StaffUser user, Locale locale);

	/**
	 * The organisations the figures for this filter cover: the user's scope narrowed by
	 * the filter's partnership, organisation and unit. Refuses as {@link #figures} does;
	 * never empty.
	 */
	List<Long> organisations(DashboardFilter filter, StaffUser user);

}
