package dk.peerstoette.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in staff member: who they are and what bounds their scope (organisation, for
 * a manager possibly a partnership, and for a peer worker the peer-worker record their
 * login is linked to). Worked out once, at sign-in, and read by every service instead of
 * looking it up again; a change to the account or to the link ends or refreshes the
 * user's sessions ({@link SignedInSessions}).
 * <p>
 * It is kept in the session table, serialized: it stays small, holds no password once
 * signed in ({@link #eraseCredentials()}), and its {@code serialVersionUID} changes only
 * with a change that old sessions cannot be read with (which then ends them).
 */
public class StaffUser implements UserDetails, CredentialsContainer {

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

	private final @Nullable Long peerWorkerId;

	private final boolean enabled;

	/**
	 * Whether the password was set by an administrator and must be changed before
	 * anything else. A session stored before this field existed reads it as false.
	 */
	private final boolean passwordChangeRequired;

	public StaffUser(long id, String username, String password, String fullName, Role role,
			@Nullable Long organisationId, @Nullable String organisationName, @Nullable Long partnershipId,
			@Nullable String partnershipName, @Nullable Long peerWorkerId, boolean enabled) {
		this(id, username, password, fullName, role, organisationId, organisationName, partnershipId, partnershipName,
				peerWorkerId, enabled, false);
	}

	public StaffUser(long id, String username, String password, String fullName, Role role,
			@Nullable Long organisationId, @Nullable String organisationName, @Nullable Long partnershipId,
			@Nullable String partnershipName, @Nullable Long peerWorkerId, boolean enabled,
			boolean passwordChangeRequired) {
		this.id = id;
		this.username = username;
		this.password = password;
		this.fullName = fullName;
		this.role = role;
		this.organisationId = organisationId;
		this.organisationName = organisationName;
		this.partnershipId = partnershipId;
		this.partnershipName = partnershipName;
		this.peerWorkerId = peerWorkerId;
		this.enabled = enabled;
		this.passwordChangeRequired = passwordChangeRequired;
	}

	/** The same account, for a sign-in that adds to it (see {@link SingleSignOnUser}). */
	protected StaffUser(StaffUser account) {
		this(account.id, account.username, Objects.requireNonNullElse(account.password, ""), account.fullName,
				account.role, account.organisationId, account.organisationName, account.partnershipId,
				account.partnershipName, account.peerWorkerId, account.enabled, account.passwordChangeRequired);
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

	/**
	 * How this sign-in was made, for the access log: {@code PASSWORD} here, the provider
	 * for a single sign-on.
	 */
	public String signInPath() {
		return "PASSWORD";
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

	/** The peer-worker record linked to this login, if any. */
	public @Nullable Long getPeerWorkerId() {
		return this.peerWorkerId;
	}

	/**
	 * Whether the user must change the password an administrator set before anything
	 * else.
	 */
	public boolean isPasswordChangeRequired() {
		return this.passwordChangeRequired;
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
