package dk.peerstoette.partnership;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

@Entity
public class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private OrganisationKind kind;

	private boolean active = true;

	@Version
	private long version;

	protected Organisation() {
		this.name = "";
		this.kind = OrganisationKind.MUNICIPALITY;
	}

	public Organisation(String name, OrganisationKind kind) {
		this.name = name;
		this.kind = kind;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public OrganisationKind getKind() {
		return this.kind;
	}

	public boolean isActive() {
		return this.active;
	}

	public long getVersion() {
		return this.version;
	}

	public void describe(String name, OrganisationKind kind) {
		this.name = name;
		this.kind = kind;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

}
