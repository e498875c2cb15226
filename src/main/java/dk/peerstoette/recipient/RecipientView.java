package dk.peerstoette.recipient;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the recipient's page shows: details with the names of the unit and managed-list
 * values, the consents, the courses and the network (relatives by role, in the roles'
 * order). An anonymised recipient's page shows only that it was anonymised, and when.
 */
record RecipientView(long id, String internalNumber, String alias, @Nullable String externalReference,
		@Nullable Integer birthYear, Gender gender, long unitId, String unitName, long targetGroupId,
		String targetGroupName, @Nullable LocalDate referralDate, @Nullable Long referralSourceId,
		@Nullable String referralSourceName, long version, List<ConsentView> consents, List<RecipientCourse> courses,
		@Nullable LocalDate anonymisedOn, Map<NetworkRole, Integer> network) {

	/**
	 * Whether a CHIME assessment may be started today: the consent to outcome measurement
	 * is active. Here rather than as a selection in the page, which is interpreted anew
	 * at every request.
	 */
	public boolean isAnonymised() {
		return this.anonymisedOn != null;
	}

	public boolean isOutcomeMeasurable() {
		return this.consents.stream()
			.anyMatch((c) -> c.kind() == ConsentKind.OUTCOME_MEASUREMENT && c.state() == ConsentState.ACTIVE);
	}

}
