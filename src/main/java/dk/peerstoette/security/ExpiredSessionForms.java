package dk.peerstoette.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Forms that may be sent after the sign-in ran out. Such a request carries a CSRF token
 * that no session knows any more, so it is not carried out; instead the person is asked
 * to sign in again. A module that can show its form again implements this: it keeps what
 * was typed (for the same person only) and names the page to resume at, which the person
 * reaches once signed in.
 */
public interface ExpiredSessionForms {

	/**
	 * Keeps what this request's form holds, if it is one of this module's forms.
	 * @return the path to resume at after signing in, or empty when the form is not this
	 * module's
	 */
	Optional<String> keep(HttpServletRequest request);

}
