package dk.peerstoette.referral;

import java.time.LocalDate;

/** A waiting referred recipient, as the registration form names them. */
record WaitingReferral(long id, long unitId, String unitName, String alias, LocalDate enteredOn) {

}
