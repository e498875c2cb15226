package dk.peerstoette.referral;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.course.HandoverCourse;
import dk.peerstoette.partnership.PartnerUnit;
import dk.peerstoette.recipient.RecipientLabel;

/**
 * The referral form's recipient, the partner organisations' units it offers, and the
 * recipient's mentor courses it can hand over.
 */
record ReferralChoices(@Nullable RecipientLabel recipient, List<PartnerUnit> units,
		List<HandoverCourse> mentorCourses) {

	/** The units by organisation, in the order given: the select's groups. */
	public Map<String, List<PartnerUnit>> unitsByOrganisation() {
		return this.units.stream()
			.collect(Collectors.groupingBy(PartnerUnit::organisationName, LinkedHashMap::new, Collectors.toList()));
	}

}
