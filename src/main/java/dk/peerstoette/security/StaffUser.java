package dk.peerstoette.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in staff member: who they are and what bounds their scope (organisation, and
 * for a manager possibly a partnership).
 */
public final class StaffUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String username;

	private @Nullable String password;

	private final String fullName;

	private final Role role;

	private final @Nullable Long organisationId;

	private final @Nullable String organisationName;

	private final @Nullable Long partnershipId;

	private final @Nullable String partnershipName;

	private final boolean enabled;

	public StaffUser(long id, String username, String password, String fullName, Role role,
			@Nullable Long organisationId, @Nullable String organisationName, @Nullable Long partnershipId,
			@Nullable String partnershipName, boolean enabled) {
		this.id = id;
		this.username = username;
		this.password = password;
		this.fullName = fullName;
		this.role = role;
		this.organisationId = organisationId;
		this.organisationName = organisationName;
		this.partnershipId = partnershipId;
		this.partnershipName = partnershipName;
		this.enabled = enabled;
	}

	public long getId() {
		return this.id;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public @Nullable String getPassword() {
		return this.password;
	}

	public String getFullName() {
		return this.fullName;
	}

	public Role getRole() {
		return this.role;
	}

	public @Nullable Long getOrganisationId() {
		return this.organisationId;
	}

	public @Nullable String getOrganisationName() {
		return this.organisationName;
	}

	public @Nullable Long getPartnershipId() {
		return this.partnershipId;
	}

	public @Nullable String getPartnershipName() {
		return this.partnershipName;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(this.role.authority());
	}

	@Override
	public void eraseCredentials() {
		this.password = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StaffUser that && this.id == that.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

	@Override
	public String toString() {
		// Never the name or the password: this may end up in a log.
		return "StaffUser[id=" + this.id + ", role=" + this.role + "]";
	}

}
