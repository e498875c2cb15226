package dk.peerstoette.web;

import org.jspecify.annotations.Nullable;

/**
 * One answer of a search box (the combobox of {@code fragments/search.html}), in the JSON
 * of a search endpoint and in the server-rendered list of a form without script alike:
 * the record's id, a recipient's internal number for forms that take a number, what to
 * show ({@code label}, and {@code detail} below it) and whether it needs a warning
 * ({@code flagged}: a recipient without the consent the form needs).
 */
public record SearchOption(long id, @Nullable String number, String label, @Nullable String detail, boolean flagged) {

}
