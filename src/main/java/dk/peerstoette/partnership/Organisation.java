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

	/** The retention period of a new organisation, in years. */
	public static final int DEFAULT_RETENTION_YEARS = 5;

	/** The longest retention period an organisation may set, in years. */
	public static final int MAX_RETENTION_YEARS = 30;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private OrganisationKind kind;

	private boolean active = true;

	/**
	 * Whole years a recipient's data is kept after their last course ended (read by the
	 * retention module through organisation_view).
	 */
	private int retentionYears = DEFAULT_RETENTION_YEARS;

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

	public int getRetentionYears() {
		return this.retentionYears;
	}

	public void setRetentionYears(int retentionYears) {
		if (retentionYears < 1 || retentionYears > MAX_RETENTION_YEARS) {
			throw new IllegalArgumentException("A retention period is 1 to " + MAX_RETENTION_YEARS + " years");
		}
		this.retentionYears = retentionYears;
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
