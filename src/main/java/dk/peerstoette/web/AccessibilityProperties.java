package dk.peerstoette.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The accessibility statement at {@code /accessibility}.
 *
 * @param contact whom a reader contacts about an inaccessible page (an e-mail address, a
 * telephone number or a sentence); empty: the organisation that gave them access
 * @param statementDate when the statement was made or last reviewed (the act asks for a
 * review at least once a year)
 */
@ConfigurationProperties("app.accessibility")
record AccessibilityProperties(@DefaultValue("") String contact, @Nullable LocalDate statementDate) {

}
