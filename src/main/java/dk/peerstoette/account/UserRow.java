package dk.peerstoette.account;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.security.Role;

/** A line of the user list. */
public record UserRow(long id, String username, String fullName, Role role, @Nullable String organisationName,
		@Nullable String partnershipName, boolean active) {

}
