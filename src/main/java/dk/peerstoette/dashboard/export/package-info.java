/**
 * The dashboard's exports: one table as CSV, every table as an XLSX workbook, and the
 * printable evaluation report (HTML with a print stylesheet, and PDF). Built only on the
 * suppressed tables of {@link dk.peerstoette.dashboard.Dashboards} and the anonymised
 * quotes of {@link dk.peerstoette.quote.QuoteReports}: aggregates only, nothing
 * person-level.
 */
@org.jspecify.annotations.NullMarked
package dk.peerstoette.dashboard.export;
