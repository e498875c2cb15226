package dk.peerstoette.partnership;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the programme structure for other modules' forms and checks. */
@Service
@Transactional(readOnly = true)
public class ProgrammeStructure {

	private final OrganisationRepository organisations;

	private final PartnershipRepository partnerships;

	ProgrammeStructure(OrganisationRepository organisations, PartnershipRepository partnerships) {
		this.organisations = organisations;
		this.partnerships = partnerships;
	}

	public List<Choice> organisationChoices() {
		return this.organisations.findActiveChoices();
	}

	public List<Choice> partnershipChoices() {
		return this.partnerships.findActiveChoices();
	}

	public boolean isActiveOrganisation(long id) {
		return this.organisations.findById(id).map(Organisation::isActive).orElse(false);
	}

	public boolean isActivePartnership(long id) {
		return this.partnerships.findById(id).map(Partnership::isActive).orElse(false);
	}

}
