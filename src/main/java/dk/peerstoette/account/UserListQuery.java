package dk.peerstoette.account;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.security.Role;

/** The filters of the user list, as given in the URL. */
record UserListQuery(@Nullable String text, @Nullable Role role, @Nullable Boolean active) {

	boolean hasText() {
		return this.text != null && !this.text.isBlank();
	}

	@Override
	public String text() {
		return (this.text != null) ? this.text.strip() : "";
	}

}
