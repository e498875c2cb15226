package dk.peerstoette.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.peerstoette.dashboard.ContactSummary;
import dk.peerstoette.database.ConditionalOnNoDatasourceUrl;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Generates the national programme (see {@link NationalGenerator}) before the web server
 * takes its first request, in the {@code national} profile only: never in tests or in
 * production. A database that holds it already is left alone, so a restart adds nothing.
 * Every generated login has the demo password.
 */
@Component
@Profile("national & !prod & !test")
@ConditionalOnNoDatasourceUrl
class NationalData implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(NationalData.class);

	private final DataSource owner;

	private final PasswordEncoder passwordEncoder;

	private final ContactSummary contactSummary;

	private final double scale;

	private final Clock clock;

	/**
	 * The bulk load sets identity sequences and analyzes the tables, which only their
	 * owner may do, not the application's role: it connects as the owner Flyway migrates
	 * as.
	 */
	NationalData(Flyway flyway, PasswordEncoder passwordEncoder, ContactSummary contactSummary,
			NationalProperties national, Clock clock) {
		this.owner = flyway.getConfiguration().getDataSource();
		this.passwordEncoder = passwordEncoder;
		this.contactSummary = contactSummary;
		this.scale = national.scale();
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		String hash = Objects.requireNonNull(this.passwordEncoder.encode(DemoData.PASSWORD));
		NationalGenerator generator = new NationalGenerator(this.owner, hash, LocalDate.now(this.clock));
		if (generator.generate(this.scale)) {
			// The dashboard's summaries, in one set-based pass rather than month by
			// month, and then statistics for every table the load filled.
			this.contactSummary.rebuildAll();
			JdbcClient.create(this.owner).sql("vacuum (analyze)").update();
			log.info(
					"National data is generated. Sign in as national.leder1-3 (managers), "
							+ "national.koordinator1-11 (coordinators) or admin, each with the password '{}'",
					DemoData.PASSWORD);
		}
	}

}
