package dk.peerstoette.contact;

/**
 * A contact form with its one-time token (see {@link SubmissionTokens}); a form whose
 * token was unknown comes back with a fresh one.
 */
interface TokenForm {

	String getToken();

	void setToken(String token);

}
