package dk.peerstoette.partnership;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import dk.peerstoette.ModuleTest;
import dk.peerstoette.WithStaffUser;
import dk.peerstoette.audit.AuditEntry;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.security.Role;
import dk.peerstoette.web.FormProblems;
import dk.peerstoette.web.FormRejectedException;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The programme structure with the access log only: partnerships, their members over time
 * and what the other modules read of them through {@link ProgrammeDirectory}, on the
 * database. The administration pages and who may use them are
 * {@link PartnershipAdministrationWebTest}'s.
 */
@ModuleTest(extraIncludes = "audit")
@WithStaffUser(username = "admin", role = Role.ADMIN)
class PartnershipModuleTest {

	private static final LocalDate JANUARY_2020 = LocalDate.of(2020, 1, 1);

	@Autowired
	PartnershipService partnerships;

	@Autowired
	OrganisationRepository organisations;

	@Autowired
	ProgrammeDirectory structure;

	@Autowired
	AuditLog auditLog;

	@Test
	void aManagerKeepsTheOrganisationsThatHaveLeftThePartnershipForEarlierPeriods() {
		long partnership = partnership();
		long stays = organisation();
		long left = organisation();
		long never = organisation();
		long own = organisation();
		long staying = member(partnership, stays, JANUARY_2020, null);
		long membership = member(partnership, left, JANUARY_2020, null);
		this.partnerships.endMembership(partnership, membership,
				ending(partnership, membership, LocalDate.of(2021, 6, 30)), new FormProblems());

		assertThat(this.structure.organisationsOfPartnership(partnership, own))
			.containsExactlyInAnyOrder(stays, left, own)
			.doesNotContain(never);
		assertThat(this.auditLog.entriesFor(PartnershipService.ENTITY, partnership, 10)).extracting(AuditEntry::detail)
			.containsExactly("MEMBERSHIP_ENDED=" + membership,
					"MEMBERSHIP_ADDED=" + membership + ";ORGANISATION=" + left,
					"MEMBERSHIP_ADDED=" + staying + ";ORGANISATION=" + stays, null);
	}

	@Test
	void anOrganisationIsAMemberOfAPartnershipForOnePeriodAtATime() {
		long partnership = partnership();
		long organisation = organisation();
		member(partnership, organisation, JANUARY_2020, LocalDate.of(2021, 12, 31));
		assertThatThrownBy(() -> member(partnership, organisation, LocalDate.of(2021, 6, 1), null))
			.isInstanceOfSatisfying(FormRejectedException.class,
					(refused) -> assertThat(refused.getProblems())
						.extracting(FormProblems.Problem::field, FormProblems.Problem::code)
						.containsExactly(tuple("startsOn", "partnership.membership.overlap")));
		long again = member(partnership, organisation, LocalDate.of(2022, 1, 1), null);
		assertThatThrownBy(() -> this.partnerships.endMembership(partnership, again,
				ending(partnership, again, LocalDate.of(2021, 12, 1)), new FormProblems()))
			.isInstanceOfSatisfying(FormRejectedException.class,
					(refused) -> assertThat(refused.firstCode()).isEqualTo("partnership.period.endsBeforeStart"));
	}

	@Test
	void namesAreUniqueAcrossThePartnerships() {
		String name = "Partnerskab " + UUID.randomUUID();
		PartnershipForm form = new PartnershipForm();
		form.setName(name);
		this.partnerships.create(form, new FormProblems());
		PartnershipForm again = new PartnershipForm();
		again.setName(" " + name + " ");
		assertThatThrownBy(() -> this.partnerships.create(again, new FormProblems())).isInstanceOfSatisfying(
				FormRejectedException.class,
				(refused) -> assertThat(refused.getProblems()).extracting(FormProblems.Problem::field)
					.containsExactly("name"));
	}

	private long partnership() {
		PartnershipForm form = new PartnershipForm();
		form.setName("Partnerskab " + UUID.randomUUID());
		form.setStartsOn(JANUARY_2020);
		return this.partnerships.create(form, new FormProblems());
	}

	private long organisation() {
		return Objects.requireNonNull(this.organisations
			.saveAndFlush(new Organisation("Kommune " + UUID.randomUUID(), OrganisationKind.MUNICIPALITY))
			.getId());
	}

	private long member(long partnership, long organisation, LocalDate startsOn, @Nullable LocalDate endsOn) {
		MembershipForm form = new MembershipForm();
		form.setOrganisationId(organisation);
		form.setStartsOn(startsOn);
		form.setEndsOn(endsOn);
		return this.partnerships.addMembership(partnership, form, new FormProblems());
	}

	private MembershipEndForm ending(long partnership, long membership, LocalDate endsOn) {
		MembershipEndForm form = this.partnerships.readMembership(partnership, membership).form();
		form.setEndsOn(endsOn);
		return form;
	}

}
