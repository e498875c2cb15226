package dk.peerstoette.demo;

import java.time.LocalDate;
import java.util.List;

import dk.peerstoette.demo.DemoData.DemoModel;
import dk.peerstoette.demo.DemoData.DemoOrganisation;
import dk.peerstoette.demo.DemoData.DemoPartnership;
import dk.peerstoette.demo.DemoData.DemoUnit;
import dk.peerstoette.partnership.EmploymentForm;
import dk.peerstoette.partnership.OrganisationKind;
import dk.peerstoette.partnership.PeerRole;
import dk.peerstoette.partnership.UnitKind;

/**
 * The partnerships, organisations and models of the 2014-2018 trial (see DOMAIN.md). Unit
 * names are made up for the demo.
 */
final class DemoProgramme {

	static final String HOVEDSTADEN = "Partnerskab Region Hovedstaden";

	static final List<DemoPartnership> PARTNERSHIPS = List.of(
			new DemoPartnership(HOVEDSTADEN, LocalDate.of(2015, 1, 1), LocalDate.of(2018, 12, 31),
					List.of(region("Region Hovedstaden", "Psykiatrisk Center København, sengeafsnit",
							"Distriktspsykiatrien Bispebjerg", "OPUS København"),
							municipality("Københavns Kommune", "Botilbuddet Lindegården", "Støttecenter Nørrebro (§85)",
									"Aktivitets- og samværstilbuddet Værestedet"),
							municipality("Helsingør Kommune", "Socialpsykiatrisk støtte Helsingør",
									"Bo- og støttecenter Kronborg"),
							municipality("Rudersdal Kommune", "Bostøtten Rudersdal", "Samværstilbuddet Birkerød"),
							ngo("Psykiatriforeningernes Fællesråd", "Frivillig peer-støtte, København"),
							ngo("Det Sociale Netværk", "Headspace-inspireret netværksindsats"))),
			new DemoPartnership("Partnerskab Region Sjælland", LocalDate.of(2014, 6, 1), LocalDate.of(2018, 12, 31),
					List.of(region("Region Sjælland", "Psykiatrien Roskilde, sengeafsnit",
							"Distriktspsykiatrien Roskilde"),
							municipality("Roskilde Kommune", "Botilbuddet Fjordhuset", "Mentorindsatsen Roskilde"),
							municipality("Lejre Kommune", "Socialpsykiatrisk støtte Lejre"))),
			new DemoPartnership("Partnerskab Region Midtjylland", LocalDate.of(2014, 6, 1), LocalDate.of(2018, 12, 31),
					List.of(region("Region Midtjylland", "Aarhus Universitetshospital Psykiatrien, sengeafsnit",
							"OPUS Aarhus"),
							municipality("Aarhus Kommune", "Recovery-skolen Aarhus", "Bostøtten Aarhus Nord",
									"Dagtilbuddet Havnen"),
							municipality("Randers Kommune", "Socialpsykiatrien Randers"),
							municipality("Viborg Kommune", "Bo- og aktivitetstilbuddet Viborg"))));

	static final List<DemoModel> MODELS = List.of(
			new DemoModel("Lønnet peer-medarbejder, supplerende", EmploymentForm.PAID, PeerRole.SUPPLEMENTARY,
					"Ansat peer-medarbejder med egne peer-opgaver: individuelle forløb, grupper og brobygning."),
			new DemoModel("Lønnet peer-medarbejder, konventionel", EmploymentForm.PAID, PeerRole.CONVENTIONAL,
					"Ansat peer-medarbejder med de samme opgaver som kollegerne."),
			new DemoModel("Frivillig peer-støtte, supplerende", EmploymentForm.VOLUNTEER, PeerRole.SUPPLEMENTARY,
					"Frivillige peer-støttegivere med egne peer-aktiviteter."),
			new DemoModel("Frivillig peer-støtte, konventionel", EmploymentForm.VOLUNTEER, PeerRole.CONVENTIONAL,
					"Frivillige, der indgår i tilbuddets almindelige aktiviteter."),
			new DemoModel("Mentor med brugerbaggrund, supplerende", EmploymentForm.MENTOR, PeerRole.SUPPLEMENTARY,
					"Mentorforløb fra op til 3 måneder før udskrivelse og i mindst 6 måneder i alt."),
			new DemoModel("Mentor med brugerbaggrund, konventionel", EmploymentForm.MENTOR, PeerRole.CONVENTIONAL,
					"Mentorstøtte som del af den almindelige udskrivningsindsats."));

	private DemoProgramme() {
	}

	private static DemoOrganisation region(String name, String ward, String... outpatient) {
		List<DemoUnit> units = new java.util.ArrayList<>();
		units.add(new DemoUnit(ward, UnitKind.INPATIENT_WARD));
		for (String unit : outpatient) {
			units.add(new DemoUnit(unit, unit.startsWith("OPUS") ? UnitKind.OPUS : UnitKind.DISTRICT_PSYCHIATRY));
		}
		return new DemoOrganisation(name, OrganisationKind.REGION, units);
	}

	private static DemoOrganisation municipality(String name, String... units) {
		return new DemoOrganisation(name, OrganisationKind.MUNICIPALITY,
				List.of(units).stream().map((unit) -> new DemoUnit(unit, municipalKind(unit))).toList());
	}

	private static DemoOrganisation ngo(String name, String unit) {
		return new DemoOrganisation(name, OrganisationKind.NGO, List.of(new DemoUnit(unit, UnitKind.OTHER)));
	}

	private static UnitKind municipalKind(String unit) {
		if (unit.startsWith("Bo") && !unit.startsWith("Bostøtte")) {
			return UnitKind.RESIDENTIAL_FACILITY;
		}
		if (unit.contains("Aktivitet") || unit.contains("Samvær") || unit.contains("Dagtilbud")
				|| unit.contains("Recovery-skolen")) {
			return UnitKind.ACTIVITY_CENTRE;
		}
		return UnitKind.MUNICIPAL_SUPPORT;
	}

}
