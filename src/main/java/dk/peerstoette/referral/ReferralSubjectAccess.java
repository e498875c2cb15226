package dk.peerstoette.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dk.peerstoette.recipient.SubjectAccessSection;
import dk.peerstoette.recipient.SubjectAccessSection.Entry;
import dk.peerstoette.recipient.SubjectAccessSection.Field;
import dk.peerstoette.recipient.SubjectAccessSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A recipient's referrals to partner organisations (with their reasons and outcome) and
 * their places on waiting lists, for their subject access export.
 */
@Component
class ReferralSubjectAccess implements SubjectAccessSource {

	private final JdbcClient jdbc;

	ReferralSubjectAccess(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<String> tables() {
		return Set.of("referral", "waiting_entry");
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	@Transactional(readOnly = true)
	public List<SubjectAccessSection> sectionsOf(long recipientId, Locale locale) {
		List<Entry> referrals = this.jdbc.sql("""
				select o.name as organisation, u.name as unit, r.reason, r.status, r.referred_on, r.decided_on,
				       r.decline_reason
				from referral r
				join organisation_view o on o.id = r.to_organisation_id
				join unit_view u on u.id = r.to_unit_id
				where r.recipient_id = :recipient order by r.referred_on, r.id
				""")
			.param("recipient", recipientId)
			.query((rs, n) -> Entry.of(Field.of("toOrganisation", rs.getString("organisation")),
					Field.of("toUnit", rs.getString("unit")), Field.of("reason", rs.getString("reason")),
					Field.code("status", "referral.export.status.", rs.getString("status")),
					Field.of("referredOn", rs.getObject("referred_on", LocalDate.class)),
					Field.of("decidedOn", rs.getObject("decided_on", LocalDate.class)),
					Field.of("declineReason", rs.getString("decline_reason"))))
			.list();
		List<Entry> waiting = this.jdbc.sql("""
				select u.name as unit, w.entered_on, w.left_on, w.left_reason
				from waiting_entry w
				join unit_view u on u.id = w.unit_id
				where w.recipient_id = :recipient
				   or w.referral_id in (select id from referral where recipient_id = :recipient)
				order by w.entered_on, w.id
				""")
			.param("recipient", recipientId)
			.query((rs, n) -> Entry.of(Field.of("unit", rs.getString("unit")),
					Field.of("enteredOn", rs.getObject("entered_on", LocalDate.class)),
					Field.of("leftOn", rs.getObject("left_on", LocalDate.class)),
					Field.code("leftReason", "referral.waiting.left.", rs.getString("left_reason"))))
			.list();
		return List.of(new SubjectAccessSection("referrals", "referral.export.referrals.", referrals),
				new SubjectAccessSection("waitingLists", "referral.export.waiting.", waiting));
	}

}
