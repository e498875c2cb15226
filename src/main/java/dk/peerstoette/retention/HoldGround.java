package dk.peerstoette.retention;

/**
 * Why a recipient's data is kept past its period (message key
 * {@code retention.holdGround.<name>}).
 */
public enum HoldGround {

	COMPLAINT, LEGAL_CLAIM, AUTHORITY_REQUEST, INSPECTION, OTHER

}
