package dk.peerstoette.web;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What the accessibility statement (tilgængelighedserklæring, required by the Danish web
 * accessibility act) says that an installation decides: whom to contact about an
 * inaccessible page, and the date the statement was made or last reviewed. The rest of
 * the statement is the product's and stands in the messages.
 */
@Component
public class AccessibilityStatement {

	/** Where the statement is; every page's footer links to it. */
	public static final String PATH = "/accessibility";

	private final @Nullable String contact;

	private final LocalDate date;

	@Autowired
	AccessibilityStatement(AccessibilityProperties properties) {
		this(properties.contact(),
				Objects.requireNonNull(properties.statementDate(), "app.accessibility.statement-date is not set"));
	}

	AccessibilityStatement(String contact, LocalDate date) {
		this.contact = contact.isBlank() ? null : contact.strip();
		this.date = date;
	}

	/**
	 * The installation's contact for feedback (an e-mail address, a telephone number or a
	 * sentence), or none: the page then names the default, the organisation that gave the
	 * reader access.
	 */
	public @Nullable String contact() {
		return this.contact;
	}

	/** An e-mail address, which the page makes a link. */
	public boolean contactIsEmail() {
		return this.contact != null && this.contact.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	}

	/** When the statement was made or last reviewed (at least yearly, says the act). */
	public LocalDate date() {
		return this.date;
	}

}
