package dk.peerstoette.partnership;

/** The managed lists an administrator keeps. */
public enum ListName {

	TARGET_GROUP, END_REASON, REFERRAL_SOURCE

}
