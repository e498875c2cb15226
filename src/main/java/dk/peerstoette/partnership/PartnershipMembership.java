package dk.peerstoette.partnership;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** An organisation's part in a partnership, for a period. */
@Entity
public class PartnershipMembership {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Partnership partnership;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Organisation organisation;

	private @Nullable LocalDate startsOn;

	private @Nullable LocalDate endsOn;

	@Version
	private long version;

	@SuppressWarnings("NullAway")
	protected PartnershipMembership() {
	}

	public PartnershipMembership(Partnership partnership, Organisation organisation, @Nullable LocalDate startsOn,
			@Nullable LocalDate endsOn) {
		this.partnership = partnership;
		this.organisation = organisation;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public Partnership getPartnership() {
		return this.partnership;
	}

	public Organisation getOrganisation() {
		return this.organisation;
	}

	public @Nullable LocalDate getStartsOn() {
		return this.startsOn;
	}

	public @Nullable LocalDate getEndsOn() {
		return this.endsOn;
	}

	public long getVersion() {
		return this.version;
	}

	/** Sets the last day of the membership. */
	void endOn(LocalDate endsOn) {
		this.endsOn = endsOn;
	}

}
