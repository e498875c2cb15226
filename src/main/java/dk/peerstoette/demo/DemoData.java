package dk.peerstoette.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.peerstoette.account.StaffAccountService;
import dk.peerstoette.database.ConditionalOnNoDatasourceUrl;
import dk.peerstoette.partnership.EmploymentForm;
import dk.peerstoette.partnership.Organisation;
import dk.peerstoette.partnership.OrganisationKind;
import dk.peerstoette.partnership.OrganisationRepository;
import dk.peerstoette.partnership.Partnership;
import dk.peerstoette.partnership.PartnershipMembership;
import dk.peerstoette.partnership.PartnershipMembershipRepository;
import dk.peerstoette.partnership.PartnershipRepository;
import dk.peerstoette.partnership.PeerRole;
import dk.peerstoette.partnership.PeerSupportModel;
import dk.peerstoette.partnership.PeerSupportModelRepository;
import dk.peerstoette.partnership.Sector;
import dk.peerstoette.partnership.Unit;
import dk.peerstoette.partnership.UnitKind;
import dk.peerstoette.partnership.UnitRepository;
import dk.peerstoette.security.Role;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo programme before the web server takes its first request. Each record is
 * looked up by its natural key first, so a second start adds nothing and a demo password
 * that was changed stays changed. Never into a database reached by URL: its users'
 * password is {@value #PASSWORD}.
 */
@Component
@Profile("!prod")
@ConditionalOnBooleanProperty(name = "app.demo-data.enabled")
@ConditionalOnNoDatasourceUrl
class DemoData implements SmartInitializingSingleton {

	/** The password of every demo user, printed on the console at start-up. */
	static final String PASSWORD = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final PartnershipRepository partnerships;

	private final OrganisationRepository organisations;

	private final PartnershipMembershipRepository memberships;

	private final UnitRepository units;

	private final PeerSupportModelRepository models;

	private final StaffAccountService accounts;

	private final TransactionTemplate transaction;

	private final DemoCaseload caseload;

	private final DemoContacts contacts;

	private final DemoMeetings meetings;

	private final List<DemoPart> parts;

	DemoData(PartnershipRepository partnerships, OrganisationRepository organisations,
			PartnershipMembershipRepository memberships, UnitRepository units, PeerSupportModelRepository models,
			StaffAccountService accounts, TransactionTemplate transaction, DemoCaseload caseload, DemoContacts contacts,
			DemoMeetings meetings, ObjectProvider<DemoPart> parts) {
		this.partnerships = partnerships;
		this.organisations = organisations;
		this.memberships = memberships;
		this.units = units;
		this.models = models;
		this.accounts = accounts;
		this.transaction = transaction;
		this.caseload = caseload;
		this.contacts = contacts;
		this.meetings = meetings;
		this.parts = parts.orderedStream().toList();
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.transaction.executeWithoutResult((status) -> load());
	}

	private void load() {
		Map<String, Organisation> orgs = new HashMap<>();
		for (DemoPartnership spec : DemoProgramme.PARTNERSHIPS) {
			Partnership partnership = this.partnerships.findByName(spec.name())
				.orElseGet(() -> this.partnerships.save(new Partnership(spec.name(), spec.startsOn(), spec.endsOn())));
			for (DemoOrganisation orgSpec : spec.organisations()) {
				Organisation organisation = orgs.computeIfAbsent(orgSpec.name(), (name) -> organisation(orgSpec));
				if (!this.memberships.existsByPartnershipAndOrganisation(partnership, organisation)) {
					this.memberships
						.save(new PartnershipMembership(partnership, organisation, spec.startsOn(), spec.endsOn()));
				}
			}
		}
		for (DemoModel spec : DemoProgramme.MODELS) {
			if (this.models.findByName(spec.name()).isEmpty()) {
				this.models.save(new PeerSupportModel(spec.name(), spec.form(), spec.role(), spec.description()));
			}
		}
		Partnership hovedstaden = this.partnerships.findByName(DemoProgramme.HOVEDSTADEN).orElseThrow();
		Organisation copenhagen = orgs.get("Københavns Kommune");
		Organisation aarhus = orgs.get("Aarhus Kommune");
		this.accounts.provisionAllIfAbsent(PASSWORD, List.of(user("admin", "Administrator", Role.ADMIN, null, null),
				user("leder", "Lene Leder", Role.MANAGER, orgs.get("Region Hovedstaden"), hovedstaden),
				user("koordinator", "Karen Koordinator", Role.COORDINATOR, copenhagen, null),
				user("koordinator.aarhus", "Anders Koordinator", Role.COORDINATOR, aarhus, null),
				// Receives København's referrals (DemoReferrals); here, so that
				// the
				// daily work of the demo fills the NGO as it fills the others.
				user(DemoReferrals.NGO_LOGIN, "Frida Fællesråd", Role.COORDINATOR, orgs.get(DemoReferrals.NGO), null),
				// The ward's side of the demo's shared mentor course (DemoReferrals).
				user(DemoReferrals.REGION_LOGIN, "Rikke Region", Role.COORDINATOR, orgs.get("Region Hovedstaden"),
						null),
				user("peer", "Peter Peer", Role.PEER_WORKER, copenhagen, null),
				user("peer.aarhus", "Pia Peer", Role.PEER_WORKER, aarhus, null),
				user("auditor", "Dorte Databeskyttelse", Role.AUDITOR, null, null)));
		this.caseload.load(Map.of("peer", copenhagen.getId(), "peer.aarhus", aarhus.getId()));
		this.contacts.load();
		this.meetings.load();
		this.parts.forEach(DemoPart::load);
	}

	/** After the address is printed, so the two stand together on the console. */
	@EventListener(ApplicationReadyEvent.class)
	void printLogins() {
		log.info(
				"Demo data is loaded. Sign in as admin, leder, koordinator, koordinator.aarhus, koordinator.ngo, "
						+ "koordinator.region, peer, " + "peer.aarhus " + "or auditor, each with the password '{}'",
				PASSWORD);
	}

	private Organisation organisation(DemoOrganisation spec) {
		Organisation organisation = this.organisations.findByName(spec.name())
			.orElseGet(() -> this.organisations.save(new Organisation(spec.name(), spec.kind())));
		for (DemoUnit unit : spec.units()) {
			if (this.units.findByOrganisationAndName(organisation, unit.name()).isEmpty()) {
				Sector sector = (spec.kind() == OrganisationKind.REGION) ? Sector.REGIONAL : Sector.MUNICIPAL;
				this.units.save(new Unit(organisation, unit.name(), unit.kind(), sector));
			}
		}
		return organisation;
	}

	private static StaffAccountService.NewAccount user(String username, String fullName, Role role,
			@Nullable Organisation organisation, @Nullable Partnership partnership) {
		return new StaffAccountService.NewAccount(username, fullName, role,
				(organisation != null) ? organisation.getId() : null,
				(partnership != null) ? partnership.getId() : null);
	}

	record DemoPartnership(String name, LocalDate startsOn, LocalDate endsOn, List<DemoOrganisation> organisations) {
	}

	record DemoOrganisation(String name, OrganisationKind kind, List<DemoUnit> units) {
	}

	record DemoUnit(String name, UnitKind kind) {
	}

	record DemoModel(String name, EmploymentForm form, PeerRole role, String description) {
	}

}
