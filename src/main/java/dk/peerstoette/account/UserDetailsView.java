package dk.peerstoette.account;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.security.Role;

/** What the edit page shows about a user besides the form. */
record UserDetailsView(long id, String username, String fullName, Role role, @Nullable String organisationName,
		@Nullable String partnershipName, boolean active, long version, Instant updatedAt, EditUserForm form) {

	static UserDetailsView of(StaffAccount account) {
		return new UserDetailsView(account.getId(), account.getUsername(), account.getFullName(), account.getRole(),
				(account.getOrganisation() != null) ? account.getOrganisation().getName() : null,
				(account.getPartnership() != null) ? account.getPartnership().getName() : null, account.isActive(),
				account.getVersion(), account.getUpdatedAt(), EditUserForm.of(account));
	}

}
