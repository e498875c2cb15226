package dk.peerstoette.partnership;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** An organisation joining a partnership for a period (the end may be open). */
class MembershipForm {

	@NotNull
	private @Nullable Long organisationId;

	@NotNull
	private @Nullable LocalDate startsOn;

	private @Nullable LocalDate endsOn;

	public @Nullable Long getOrganisationId() {
		return this.organisationId;
	}

	public void setOrganisationId(@Nullable Long organisationId) {
		this.organisationId = organisationId;
	}

	public @Nullable LocalDate getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(@Nullable LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public @Nullable LocalDate getEndsOn() {
		return this.endsOn;
	}

	public void setEndsOn(@Nullable LocalDate endsOn) {
		this.endsOn = endsOn;
	}

}
