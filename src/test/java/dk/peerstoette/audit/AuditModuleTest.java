package dk.peerstoette.audit;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.peerstoette.ModuleTest;
import dk.peerstoette.WithStaffUser;
import dk.peerstoette.security.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The access log alone, through its public API, on the database with its triggers and
 * grants: what a feature writes, when it is kept, and that nothing can change it. The
 * sign-ins, request ids and refused URLs, which need the whole application, are in
 * {@link AuditLogTest}.
 */
@ModuleTest
class AuditModuleTest {

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	@WithStaffUser(username = "koordinator", role = Role.COORDINATOR)
	void recordsWhoDidWhatToWhichRecordInTheCallersTransaction() {
		transaction.executeWithoutResult((status) -> auditLog.record(AuditAction.READ, "TEST_RECORD", 4711L, null));
		AuditEntry entry = auditLog.entriesFor("TEST_RECORD", 4711L, 1).get(0);
		assertThat(entry.actorUsername()).isEqualTo("koordinator");
		assertThat(entry.actorId()).isNotNull();
		assertThat(entry.action()).isEqualTo(AuditAction.READ);
		assertThat(entry.outcome()).isEqualTo(AuditOutcome.SUCCESS);
		assertThat(entry.occurredAt()).isNotNull();
	}

	/**
	 * A page that shows a record writes a plain entry and one with the records shown,
	 * with other values null: the insert stays one prepared statement on the connection,
	 * planned once and reused (PostgreSQL counts its generic plans), instead of being
	 * parsed and planned again whenever a value changes between null and not null.
	 */
	@Test
	@WithStaffUser(username = "koordinator", role = Role.COORDINATOR)
	void entriesWithAndWithoutNullValuesShareOnePreparedInsert() {
		Long reused = transaction.execute((status) -> {
			for (int i = 0; i < 8; i++) {
				auditLog.record(AuditAction.READ, "TEST_RECORD", 4720L + i, null);
				auditLog.recordShown("TEST_RECORD", ShownRecords.of("TEST_RECORD", List.of(4720L + i)),
						SearchCriteria.of("recipient", 4720L + i), "RESULTS=1");
			}
			return jdbc
				.sql("select coalesce(sum(generic_plans), 0) from pg_prepared_statements "
						+ "where statement like 'insert into audit_event%'")
				.query(Long.class)
				.single();
		});
		assertThat(reused).isGreaterThan(0);
	}

	@Test
	@WithStaffUser(username = "koordinator", role = Role.COORDINATOR)
	void aChangeAndItsAuditEntryRollBackTogether() {
		try {
			transaction.executeWithoutResult((status) -> {
				auditLog.record(AuditAction.UPDATE, "TEST_RECORD", 4712L, null);
				status.setRollbackOnly();
			});
		}
		finally {
			assertThat(auditLog.entriesFor("TEST_RECORD", 4712L, 10)).isEmpty();
		}
	}

	@Test
	@WithStaffUser(username = "koordinator", role = Role.COORDINATOR)
	void aRefusalIsKeptEvenWhenTheCallerRollsBack() {
		transaction.executeWithoutResult((status) -> {
			auditLog.recordRefusal(AuditAction.READ, "TEST_RECORD", 4713L, AuditOutcome.DENIED, "REASON=OUT_OF_SCOPE");
			status.setRollbackOnly();
		});
		assertThat(auditLog.entriesFor("TEST_RECORD", 4713L, 10)).singleElement()
			.satisfies((entry) -> assertThat(entry.outcome()).isEqualTo(AuditOutcome.DENIED));
	}

	@Test
	@WithStaffUser(username = "koordinator", role = Role.COORDINATOR)
	void aSearchKeepsWhatItWasAskedAndWhichRecordsItShowed() {
		transaction.executeWithoutResult((status) -> auditLog.recordShown("TEST_RECORD",
				ShownRecords.of("TEST_RECORD", List.of(3L, 1L, 3L)).and("RECIPIENT", List.of(4715L)),
				SearchCriteria.of("q", " Jens\u0000 \"Hansen\" ")
					.and("unit", 4L)
					.and("blank", " ")
					.and("missing", null)
					.and("outcome", AuditOutcome.DENIED)
					.and("from", LocalDate.of(2026, 1, 2))
					.and("long", "x".repeat(199) + "\uD83D\uDE00")
					.and(PageRequest.of(2, 20)),
				"RESULTS=3"));
		AuditEntry entry = auditLog.entriesBy("koordinator", 1).get(0);
		assertThat(entry.action()).isEqualTo(AuditAction.SEARCH);
		assertThat(entry.entityType()).isEqualTo("TEST_RECORD");
		assertThat(entry.detail()).isEqualTo("RESULTS=3");
		assertThat(entry.shown()).isEqualTo("{\"RECIPIENT\": [4715], \"TEST_RECORD\": [3, 1]}");
		assertThat(jdbc.sql("""
				select concat_ws('|', criteria ->> 'q', criteria -> 'unit', criteria ->> 'outcome', criteria ->> 'from',
				                 length(criteria ->> 'long'), criteria -> 'page', criteria -> 'size',
				                 criteria -> 'blank' is not null, criteria -> 'missing' is not null,
				                 criteria -> 'sort' is not null)
				from audit_event where id = ?
				""").param(entry.id()).query(String.class).single())
			.isEqualTo("Jens  \"Hansen\"|4|DENIED|2026-01-02|199|2|20|f|f|f");
		assertThat(auditLog.entriesShowing("RECIPIENT", 4715L, 10)).extracting(AuditEntry::id).contains(entry.id());
	}

	@Test
	void criteriaAndRecordTypesAreNamedByCodes() {
		assertThatThrownBy(() -> SearchCriteria.of("Jens Hansen", "x")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> ShownRecords.of("recipient; drop", List.of(1L)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aChangeCannotBeRecordedOutsideATransaction() {
		assertThatThrownBy(() -> auditLog.record(AuditAction.UPDATE, "TEST_RECORD", 1L, null))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	@Test
	void detailsAreCodesNotFreeText() {
		assertThatThrownBy(() -> transaction.executeWithoutResult(
				(status) -> auditLog.record(AuditAction.SEARCH, "TEST_RECORD", null, "name was Jens Hansen")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void rowsCanBeAddedButNeverChangedOrRemoved() {
		transaction.executeWithoutResult((status) -> auditLog.record(AuditAction.READ, "TEST_RECORD", 4714L, null));
		// The application's role may not even ask (no UPDATE, DELETE or TRUNCATE
		// privilege, V11_12); the trigger refuses anyone who may (AccessLogLifetimeTest).
		for (String change : List.of("update audit_event set outcome = 'DENIED' where entity_id = '4714'",
				"delete from audit_event where entity_id = '4714'", "truncate audit_event")) {
			assertThatThrownBy(() -> jdbc.sql(change).update()).as(change)
				.isInstanceOf(DataAccessException.class)
				.rootCause()
				.hasMessageContaining("permission denied");
		}
		assertThat(auditLog.entriesFor("TEST_RECORD", 4714L, 10)).hasSize(1);
	}

}
