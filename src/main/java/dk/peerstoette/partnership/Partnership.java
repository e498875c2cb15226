package dk.peerstoette.partnership;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

@Entity
public class Partnership {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String name;

	private @Nullable LocalDate startsOn;

	private @Nullable LocalDate endsOn;

	private boolean active = true;

	@Version
	private long version;

	protected Partnership() {
		this.name = "";
	}

	public Partnership(String name, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
		this.name = name;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public @Nullable LocalDate getStartsOn() {
		return this.startsOn;
	}

	public @Nullable LocalDate getEndsOn() {
		return this.endsOn;
	}

	public boolean isActive() {
		return this.active;
	}

	public long getVersion() {
		return this.version;
	}

	/** Renames the partnership and sets its period. */
	void describe(String name, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
		this.name = name;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
	}

	void setActive(boolean active) {
		this.active = active;
	}

}
