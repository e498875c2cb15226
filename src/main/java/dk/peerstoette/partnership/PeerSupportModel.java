package dk.peerstoette.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A peer-support model: an employment form in a role. */
@Entity
public class PeerSupportModel {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private EmploymentForm employmentForm;

	@Enumerated(EnumType.STRING)
	@Column(name = "peer_role")
	private PeerRole role;

	private @Nullable String description;

	private boolean active = true;

	@Version
	private long version;

	@SuppressWarnings("NullAway")
	protected PeerSupportModel() {
	}

	public PeerSupportModel(String name, EmploymentForm employmentForm, PeerRole role, @Nullable String description) {
		this.name = name;
		this.employmentForm = employmentForm;
		this.role = role;
		this.description = description;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public EmploymentForm getEmploymentForm() {
		return this.employmentForm;
	}

	public PeerRole getRole() {
		return this.role;
	}

	public @Nullable String getDescription() {
		return this.description;
	}

	public boolean isActive() {
		return this.active;
	}

	public long getVersion() {
		return this.version;
	}

	public void describe(String name, EmploymentForm employmentForm, PeerRole role, @Nullable String description) {
		this.name = name;
		this.employmentForm = employmentForm;
		this.role = role;
		this.description = description;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

}
