package dk.peerstoette.retention;

/**
 * The ground of an erasure on the recipient's request, GDPR Art. 17(1) (a) to (e)
 * (message key {@code retention.erasureGround.<name>}).
 */
public enum ErasureGround {

	NO_LONGER_NECESSARY, CONSENT_WITHDRAWN, OBJECTION, UNLAWFUL, LEGAL_OBLIGATION

}
