package dk.peerstoette.referral;

/** Where a referral stands: waiting for the receiving organisation, or decided by it. */
enum ReferralStatus {

	PENDING, ACCEPTED, DECLINED

}
