package dk.peerstoette.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.Choice;
import dk.peerstoette.partnership.ProgrammeDirectory;
import dk.peerstoette.quote.QuoteSpeaker;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Anonymised quotes and observations in our own words, across the CHIME dimensions, for
 * København and Aarhus (the demo logins' organisations) and for Region Hovedstaden and
 * Helsingør, so the demo manager of the Hovedstaden partnership reads some from several
 * organisations. They are attributed as the national evaluation did (speaker, region) at
 * all three levels, a peer worker's or a colleague's with their consent. A few are linked
 * to a recipient who consents to anonymised quotes. An organisation that has quotes
 * already is left as it is.
 */
@Component
@Profile("!prod")
@Order(30)
class DemoQuotes implements DemoPart {

	static final List<DemoQuote> QUOTES = List.of(
			quote("Københavns Kommune", "Støttecenter Nørrebro (§85)", 6, true, "QUOTE", "HOPE", "RECIPIENT",
					"RECIPIENT",
					"Når hun fortæller, hvordan hun selv kom igennem det, tænker jeg: så kan jeg måske også."),
			quote("Københavns Kommune", "Aktivitets- og samværstilbuddet Værestedet", 15, false, "QUOTE", "CONNECTION",
					"RECIPIENT", "RECIPIENT",
					"Det er længe siden, jeg har glædet mig til at gå ud ad døren. Nu ved jeg, at gruppen venter på mig."),
			quote("Københavns Kommune", "Støttecenter Nørrebro (§85)", 23, false, "OBSERVATION", "EMPOWERMENT",
					"COLLEAGUE", "RECIPIENT",
					"Borgeren tog selv ordet på mødet på jobcentret og sagde fra over for en plan, hun ikke kunne se sig selv i."),
			quote("Københavns Kommune", "Botilbuddet Lindegården", 34, true, "QUOTE", "IDENTITY", "RECIPIENT",
					"RECIPIENT", "Jeg er ikke bare en diagnose. Det har jeg fået lov til at mærke her."),
			quote("Københavns Kommune", "Aktivitets- og samværstilbuddet Værestedet", 48, false, "OBSERVATION",
					"CONNECTION,MEANING", "COLLEAGUE", "RECIPIENT",
					"Efter tre måneder i gruppen kommer deltageren en halv time før for at sætte kaffe over til de andre."),
			quote("Københavns Kommune", "Botilbuddet Lindegården", 71, false, "QUOTE", "MEANING,HOPE", "RECIPIENT",
					"RECIPIENT", "Jeg har fået lyst til at tage min uddannelse op igen. Bare lidt ad gangen."),
			quote("Københavns Kommune", "Støttecenter Nørrebro (§85)", 12, false, "QUOTE", "MEANING,IDENTITY",
					"PEER_WORKER", "PEER_WORKER",
					"Det, jeg selv har været igennem, kan nu bruges til noget. Det har givet mit liv en anden mening."),
			quote("Københavns Kommune", "Botilbuddet Lindegården", 40, false, "QUOTE", "HOPE,IDENTITY", "COLLEAGUE",
					"ORGANISATION",
					"Vi taler anderledes om beboerne på personalemøderne nu: mere med deres egne ord og mindre om symptomer."),
			quote("Københavns Kommune", "Aktivitets- og samværstilbuddet Værestedet", 58, false, "QUOTE", "CONNECTION",
					"MANAGER", "ORGANISATION",
					"Vi lægger nu vagterne, så peer-medarbejderen er med, når en ny borger kommer første gang."),
			quote("Københavns Kommune", "Støttecenter Nørrebro (§85)", 66, false, "QUOTE", "CONNECTION", "RELATIVE",
					"RECIPIENT", "Min søn er begyndt at ringe til mig af sig selv igen."),
			quote("Aarhus Kommune", "Recovery-skolen Aarhus", 4, false, "QUOTE", "EMPOWERMENT", "RECIPIENT",
					"RECIPIENT", "Jeg har lært, at jeg godt må sige nej, også til dem der vil mig det godt."),
			quote("Aarhus Kommune", "Recovery-skolen Aarhus", 19, false, "OBSERVATION", "HOPE,CONNECTION", "COLLEAGUE",
					"ORGANISATION",
					"Underviserne fortæller, at der på holdet bliver talt mere om fremtiden og mindre om symptomer, efter peer-underviseren kom med."),
			quote("Aarhus Kommune", "Bostøtten Aarhus Nord", 30, true, "QUOTE", "IDENTITY,EMPOWERMENT", "RECIPIENT",
					"RECIPIENT", "Jeg skammer mig ikke længere over at fortælle, at jeg har været indlagt."),
			quote("Aarhus Kommune", "Dagtilbuddet Havnen", 52, false, "OBSERVATION", "MEANING", "COLLEAGUE",
					"RECIPIENT", "Deltageren har meldt sig som frivillig i caféen to formiddage om ugen."),
			quote("Aarhus Kommune", "Bostøtten Aarhus Nord", 88, false, "QUOTE", "CONNECTION", "RECIPIENT", "RECIPIENT",
					"Det betyder noget, at det er en, der selv har prøvet det. Så behøver jeg ikke forklare alting."),
			quote("Aarhus Kommune", "Recovery-skolen Aarhus", 26, false, "QUOTE", "EMPOWERMENT", "PEER_WORKER",
					"PEER_WORKER", "Jeg er blevet bedre til at sige fra, når jeg selv har brug for en pause."),
			quote("Region Hovedstaden", "Psykiatrisk Center København, sengeafsnit", 9, false, "QUOTE", "HOPE",
					"RECIPIENT", "RECIPIENT",
					"Hun sad på den anden side af bordet og havde det godt. Det var det, der gjorde forskellen for mig."),
			quote("Region Hovedstaden", "Distriktspsykiatrien Bispebjerg", 27, false, "OBSERVATION", "IDENTITY",
					"COLLEAGUE", "ORGANISATION",
					"På personalemøderne taler kollegerne mere om patienterne med deres egne ord og mindre i diagnoser."),
			quote("Region Hovedstaden", "OPUS København", 41, false, "QUOTE", "EMPOWERMENT,MEANING", "RECIPIENT",
					"RECIPIENT", "Sammen lavede vi en plan for, hvad jeg selv kan gøre, når det bliver svært."),
			quote("Region Hovedstaden", "Psykiatrisk Center København, sengeafsnit", 63, false, "OBSERVATION",
					"CONNECTION", "COLLEAGUE", "RECIPIENT",
					"Patienten har efter udskrivelsen holdt kontakten til sin mentor og er mødt op til alle aftaler i distriktspsykiatrien."),
			quote("Region Hovedstaden", "Distriktspsykiatrien Bispebjerg", 20, false, "QUOTE", "MEANING,CONNECTION",
					"PEER_WORKER", "PEER_WORKER",
					"For første gang er mine erfaringer en del af mit arbejde og ikke noget, jeg skal skjule for kollegerne."),
			quote("Helsingør Kommune", "Socialpsykiatrisk støtte Helsingør", 37, false, "QUOTE", "HOPE,MEANING",
					"RECIPIENT", "RECIPIENT",
					"Jeg troede ikke, jeg kunne arbejde igen. Nu har jeg et par timer om ugen i genbrugsbutikken."));

	private final JdbcClient jdbc;

	private final ProgrammeDirectory structure;

	private final Clock clock;

	DemoQuotes(JdbcClient jdbc, ProgrammeDirectory structure, Clock clock) {
		this.jdbc = jdbc;
		this.structure = structure;
		this.clock = clock;
	}

	@Override
	public void load() {
		LocalDate today = LocalDate.now(this.clock);
		for (String organisation : QUOTES.stream().map(DemoQuote::organisation).distinct().toList()) {
			Long organisationId = this.jdbc.sql("select id from organisation where name = ?")
				.param(organisation)
				.query(Long.class)
				.optional()
				.orElse(null);
			if (organisationId == null || hasQuotes(organisationId)) {
				continue;
			}
			Long author = author(organisationId);
			if (author == null) {
				continue;
			}
			for (DemoQuote quote : QUOTES) {
				if (quote.organisation().equals(organisation)) {
					insert(organisationId, author, quote, today.minusDays(quote.daysAgo()));
				}
			}
		}
	}

	private boolean hasQuotes(long organisationId) {
		return this.jdbc.sql("select exists (select 1 from quote where organisation_id = ?)")
			.param(organisationId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Who wrote them: a coordinator or peer worker of the organisation, else anyone of
	 * it, else an administrator.
	 */
	private @Nullable Long author(long organisationId) {
		return this.jdbc.sql("""
				select id from staff_user
				where organisation_id = ? or role = 'ADMIN'
				order by case when organisation_id = ? and role in ('COORDINATOR', 'PEER_WORKER') then 0
				              when organisation_id = ? then 1 else 2 end, id
				limit 1
				""").params(organisationId, organisationId, organisationId).query(Long.class).optional().orElse(null);
	}

	private void insert(long organisationId, long author, DemoQuote quote, LocalDate day) {
		Long unitId = this.jdbc.sql("select id from unit where organisation_id = ? and name = ?")
			.params(organisationId, quote.unit())
			.query(Long.class)
			.optional()
			.orElse(null);
		if (unitId == null) {
			return;
		}
		Long recipientId = quote.linked() ? consentingRecipient(organisationId, day) : null;
		List<String> dimensions = List.of(quote.dimensions().split(","));
		List<Choice> regions = this.structure.regionsOf(organisationId);
		Long regionId = (regions.size() == 1) ? regions.get(0).id() : null;
		// A peer worker or a colleague gave their consent on the day; the author noted
		// it.
		boolean consent = QuoteSpeaker.valueOf(quote.speaker()).needsConsent();
		this.jdbc
			.sql("""
					insert into quote (kind, text, organisation_id, unit_id, recipient_id, recorded_on, chime_connection,
					    chime_hope, chime_identity, chime_meaning, chime_empowerment, created_by, created_at, updated_at,
					    speaker, level, region_id, speaker_consent_on, speaker_consent_by, speaker_consent_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::date + time '16:00', ?::date + time '16:00', ?, ?, ?, ?, ?,
					    ?::date + time '16:00')
					""")
			.params(quote.kind(), quote.text(), organisationId, unitId, recipientId, day,
					dimensions.contains("CONNECTION"), dimensions.contains("HOPE"), dimensions.contains("IDENTITY"),
					dimensions.contains("MEANING"), dimensions.contains("EMPOWERMENT"), author, day, day,
					quote.speaker(), quote.level(), regionId, consent ? day : null, consent ? author : null,
					consent ? day : null)
			.update();
	}

	/**
	 * A recipient of the organisation whose consent to anonymised quotes holds on the day
	 * and today.
	 */
	private @Nullable Long consentingRecipient(long organisationId, LocalDate day) {
		return this.jdbc.sql("""
				select r.id from recipient r join consent c on c.recipient_id = r.id
				where r.organisation_id = ? and c.kind = 'ANONYMISED_QUOTES' and c.given_on <= ?
				  and c.withdrawn_on is null and c.expires_on is null
				order by r.id limit 1
				""").params(organisationId, day).query(Long.class).optional().orElse(null);
	}

	private static DemoQuote quote(String organisation, String unit, int daysAgo, boolean linked, String kind,
			String dimensions, String speaker, String level, String text) {
		return new DemoQuote(organisation, unit, daysAgo, linked, kind, dimensions, speaker, level, text);
	}

	record DemoQuote(String organisation, String unit, int daysAgo, boolean linked, String kind, String dimensions,
			String speaker, String level, String text) {
	}

}
