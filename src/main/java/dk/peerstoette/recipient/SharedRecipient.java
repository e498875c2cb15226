package dk.peerstoette.recipient;

import org.jspecify.annotations.Nullable;

/**
 * What a consent to sharing with a partner organisation lets that organisation see of a
 * recipient: the alias, the year of birth and the target group, nothing more. Not the
 * internal number, the external reference, the contacts, the notes, the assessments or
 * the courses: those stay with the organisation that recorded them. The referral adds its
 * reason and the unit it was made to.
 */
public record SharedRecipient(long id, String alias, @Nullable Integer birthYear, long targetGroupId) {

}
