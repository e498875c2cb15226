package dk.peerstoette.instrument;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import dk.peerstoette.ModuleTest;
import dk.peerstoette.WithStaffUser;
import dk.peerstoette.audit.AuditEntry;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.security.Role;
import dk.peerstoette.web.ConcurrentChangeException;
import dk.peerstoette.web.FormProblems;
import dk.peerstoette.web.FormRejectedException;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The instrument module with the access log only: its versions and statuses through
 * {@link InstrumentService} and what the rest of the application reads through
 * {@link InstrumentDirectory}, on the database. The pages, and who may do what (method
 * security is the security module's), are {@link InstrumentAdministrationWebTest}'s.
 */
@ModuleTest(extraIncludes = "audit")
@WithStaffUser(username = "admin", role = Role.ADMIN)
class InstrumentModuleTest {

	@Autowired
	InstrumentService administration;

	@Autowired
	InstrumentDirectory instruments;

	@Autowired
	AuditLog auditLog;

	@Test
	void aNewVersionIsADraftCopyAndActivatingItRetiresTheActiveOne() {
		long first = this.administration.create(form(InstrumentFixtures.uniqueCode("MOD")), new FormProblems());
		this.administration.activate(first, version(first));

		long second = this.administration.newVersion(first);
		InstrumentDefinition copy = this.instruments.definition(second).orElseThrow();
		assertThat(copy.versionNumber()).isEqualTo(2);
		assertThat(copy.status()).isEqualTo(InstrumentStatus.DRAFT);
		assertThat(copy.items()).extracting(InstrumentDefinition.Item::textEn).containsExactly("I have hope");

		this.administration.activate(second, version(second));
		assertThat(this.instruments.definition(first).orElseThrow().status()).isEqualTo(InstrumentStatus.RETIRED);
		assertThat(this.instruments.definition(second).orElseThrow().status()).isEqualTo(InstrumentStatus.ACTIVE);
		assertThat(this.auditLog.entriesFor(InstrumentService.ENTITY, first, 10)).extracting(AuditEntry::detail)
			.containsExactly("STATUS=RETIRED", "STATUS=ACTIVE", "FORM");
		assertThat(this.auditLog.entriesFor(InstrumentService.ENTITY, second, 10)).extracting(AuditEntry::detail)
			.containsExactly("STATUS=ACTIVE", "COPY_OF=" + first);
	}

	@Test
	void anActiveInstrumentIsNeverChangedInPlace() {
		long id = this.administration.create(form(InstrumentFixtures.uniqueCode("MOD")), new FormProblems());
		this.administration.activate(id, version(id));
		InstrumentForm change = form("ignored");
		change.setVersion(version(id));
		assertThatThrownBy(() -> this.administration.update(id, change, new FormProblems()))
			.isInstanceOf(InstrumentNotEditableException.class);
		assertThatThrownBy(() -> this.administration.editForm(id)).isInstanceOf(InstrumentNotEditableException.class);
	}

	@Test
	void aStatusChangeOverSomeoneElsesNewerChangeIsRefused() {
		long id = this.administration.create(form(InstrumentFixtures.uniqueCode("MOD")), new FormProblems());
		long seen = version(id);
		this.administration.activate(id, seen);
		assertThatThrownBy(() -> this.administration.retire(id, seen)).isInstanceOf(ConcurrentChangeException.class);
		assertThat(this.instruments.definition(id).orElseThrow().status()).isEqualTo(InstrumentStatus.ACTIVE);
	}

	@Test
	void aCodeInUseIsRefusedOnTheCodeField() {
		String code = InstrumentFixtures.uniqueCode("MOD");
		this.administration.create(form(code), new FormProblems());
		assertThatThrownBy(() -> this.administration.create(form(code), new FormProblems())).isInstanceOfSatisfying(
				FormRejectedException.class,
				(refused) -> assertThat(refused.getProblems())
					.extracting(FormProblems.Problem::field, FormProblems.Problem::code)
					.containsExactly(org.assertj.core.groups.Tuple.tuple("code", "instrument.code.taken")));
	}

	private long version(long id) {
		return this.administration.read(id).version();
	}

	/** A 1–5 instrument of one item, as the form would bind it. */
	private static InstrumentForm form(String code) {
		InstrumentForm form = new InstrumentForm();
		form.setCode(code);
		form.setNameDa("Prøveskema");
		form.setNameEn("Trial form");
		form.setDescriptionDa("");
		form.setDescriptionEn("");
		form.setScaleMin(1);
		form.setScaleMax(5);
		form.setMinAnsweredShare(new BigDecimal("0.50"));
		InstrumentForm.ItemRow item = new InstrumentForm.ItemRow();
		item.setPosition(1);
		item.setDimension(ItemDimension.HOPE);
		item.setTextDa("Jeg har håb");
		item.setTextEn("I have hope");
		form.getItems().add(item);
		return form;
	}

}
