package dk.peerstoette.referral;

import java.time.LocalDate;

import dk.peerstoette.TestProgramme;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The demo's ongoing partnership (København, the region and the NGOs) and a third
 * organisation outside it (Aarhus), with recipients and consents added straight in the
 * tables.
 */
class ReferralFixtures extends TestProgramme {

	static final String NGO = "Psykiatriforeningernes Fællesråd";

	static final String REGION = "Region Hovedstaden";

	private final UserDetailsService users;

	ReferralFixtures(JdbcClient jdbc, UserDetailsService users) {
		super(jdbc);
		this.users = users;
	}

	RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	/** A consent to sharing with the organisation, given on the day; its id. */
	long sharing(long recipientId, long organisationId, LocalDate givenOn) {
		return this.jdbc.sql("""
				insert into consent (recipient_id, kind, given_on, method, partner_organisation_id)
				values (?, 'PARTNER_SHARING', ?, 'WRITTEN', ?) returning id
				""").params(recipientId, givenOn, organisationId).query(Long.class).single();
	}

	String status(long referralId) {
		return this.jdbc.sql("select status from referral where id = ?").param(referralId).query(String.class).single();
	}

	int referralsOf(long recipientId) {
		return this.jdbc.sql("select count(*) from referral where recipient_id = ?")
			.param(recipientId)
			.query(Integer.class)
			.single();
	}

	int waitingEntriesOf(long referralId) {
		return this.jdbc.sql("select count(*) from waiting_entry where referral_id = ?")
			.param(referralId)
			.query(Integer.class)
			.single();
	}

	int audited(String username, String entity, String action, String outcome, long id) {
		return this.jdbc.sql("""
				select count(*) from audit_event
				where entity_type = ? and entity_id = ? and actor_username = ? and action = ? and outcome = ?
				""").params(entity, String.valueOf(id), username, action, outcome).query(Integer.class).single();
	}

}
