package dk.peerstoette.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.Organisation;
import dk.peerstoette.partnership.Partnership;
import dk.peerstoette.security.Role;
import dk.peerstoette.web.TransitionRefusedException;

/** A staff member's account. The username never changes once created. */
@Entity
@Table(name = "staff_user")
class StaffAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(updatable = false)
	private String username;

	private String passwordHash;

	private String fullName;

	@Enumerated(EnumType.STRING)
	private Role role;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "organisation_id")
	private @Nullable Organisation organisation;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "partnership_id")
	private @Nullable Partnership partnership;

	private boolean active = true;

	/**
	 * Set by an administrator's reset: the one-time password must be changed at sign-in.
	 */
	private boolean passwordChangeRequired;

	@Column(updatable = false)
	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@SuppressWarnings("NullAway")
	protected StaffAccount() {
	}

	StaffAccount(String username, String passwordHash, String fullName, Role role, Instant now) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.fullName = fullName;
		this.role = role;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void describe(String fullName, Role role, @Nullable Organisation organisation, @Nullable Partnership partnership,
			Instant now) {
		this.fullName = fullName;
		this.role = role;
		this.organisation = organisation;
		// Only a manager is bound to a partnership.
		this.partnership = (role == Role.MANAGER) ? partnership : null;
		this.updatedAt = now;
	}

	/** The user's own new password: any one-time password is gone. */
	void changePassword(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		this.passwordChangeRequired = false;
		this.updatedAt = now;
	}

	/**
	 * A password an administrator chose, and therefore knows: good for one sign-in, after
	 * which the user must choose their own.
	 */
	void resetPassword(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		this.passwordChangeRequired = true;
		this.updatedAt = now;
	}

	/** Lets a deactivated account sign in again; an active one is refused. */
	void activate(Instant now) {
		if (this.active) {
			throw new TransitionRefusedException("active", "user.alreadyActive");
		}
		this.active = true;
		this.updatedAt = now;
	}

	/** Stops the account from signing in; one deactivated already is refused. */
	void deactivate(Instant now) {
		if (!this.active) {
			throw new TransitionRefusedException("active", "user.alreadyInactive");
		}
		this.active = false;
		this.updatedAt = now;
	}

	@Nullable Long getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	String getFullName() {
		return this.fullName;
	}

	Role getRole() {
		return this.role;
	}

	@Nullable Organisation getOrganisation() {
		return this.organisation;
	}

	@Nullable Partnership getPartnership() {
		return this.partnership;
	}

	boolean isActive() {
		return this.active;
	}

	boolean isPasswordChangeRequired() {
		return this.passwordChangeRequired;
	}

	long getVersion() {
		return this.version;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
