/**
 * Pathways between the organisations of a partnership (issue 18): a coordinator refers a
 * recipient to a unit of a partner organisation, with the recipient's consent to sharing
 * with that organisation; the receiving coordinators accept or decline; and each unit's
 * waiting list holds accepted referrals and own intake until a course starts. The
 * receiving organisation sees a referred recipient only through the referral, only what
 * the consent covers ({@link dk.peerstoette.recipient.SharedRecipient}), and only while
 * that consent holds.
 */
@org.jspecify.annotations.NullMarked
package dk.peerstoette.referral;
