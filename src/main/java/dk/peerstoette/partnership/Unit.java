package dk.peerstoette.partnership;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A service or place where peers work (tilbud / indsats). */
@Entity
public class Unit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Organisation organisation;

	private String name;

	@Enumerated(EnumType.STRING)
	private UnitKind kind;

	@Enumerated(EnumType.STRING)
	private Sector sector;

	private boolean active = true;

	@Version
	private long version;

	@SuppressWarnings("NullAway")
	protected Unit() {
	}

	public Unit(Organisation organisation, String name, UnitKind kind, Sector sector) {
		this.organisation = organisation;
		this.name = name;
		this.kind = kind;
		this.sector = sector;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public Organisation getOrganisation() {
		return this.organisation;
	}

	public String getName() {
		return this.name;
	}

	public UnitKind getKind() {
		return this.kind;
	}

	public Sector getSector() {
		return this.sector;
	}

	public boolean isActive() {
		return this.active;
	}

	public long getVersion() {
		return this.version;
	}

	public void describe(Organisation organisation, String name, UnitKind kind, Sector sector) {
		this.organisation = organisation;
		this.name = name;
		this.kind = kind;
		this.sector = sector;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

}
