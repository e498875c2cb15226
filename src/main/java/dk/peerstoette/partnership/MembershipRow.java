package dk.peerstoette.partnership;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** An organisation's membership of a partnership, as both of their pages show it. */
public record MembershipRow(long id, long partnershipId, String partnershipName, long organisationId,
		String organisationName, OrganisationKind organisationKind, @Nullable LocalDate startsOn,
		@Nullable LocalDate endsOn) {

	/** Whether the membership's last day has passed by the day given. */
	public boolean hasEndedBy(LocalDate today) {
		return this.endsOn != null && this.endsOn.isBefore(today);
	}

}
