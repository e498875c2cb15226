package dk.peerstoette.referral;

import dk.peerstoette.recipient.AnonymisationStep;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An anonymised recipient's referrals keep who referred to whom and when (the waiting
 * time figures count them) but lose their free text: why they were referred, and why a
 * referral was declined.
 */
@Component
class ReferralAnonymisation implements AnonymisationStep {

	private final JdbcClient jdbc;

	ReferralAnonymisation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void anonymise(long recipientId) {
		this.jdbc.sql("""
				update referral set reason = '', version = version + 1,
				       decline_reason = case when decline_reason is null then null else '' end
				where recipient_id = :id
				""").param("id", recipientId).update();
	}

}
