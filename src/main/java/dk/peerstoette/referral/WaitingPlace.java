package dk.peerstoette.referral;

import java.time.LocalDate;

/**
 * An open waiting place as a form about it names it: the organisation's own recipient by
 * label, a referred one not registered here by alias.
 */
record WaitingPlace(long id, long unitId, String unitName, String name, LocalDate enteredOn, long version) {

}
