package dk.peerstoette.account;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.security.Role;

/** What both user forms say about a person's place in the programme. */
record UserDescription(String fullName, @Nullable Role role, @Nullable Long organisationId,
		@Nullable Long partnershipId) {

}
