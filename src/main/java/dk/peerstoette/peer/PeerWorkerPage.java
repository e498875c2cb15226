package dk.peerstoette.peer;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.EmploymentForm;
import dk.peerstoette.partnership.PeerRole;

/**
 * What a peer worker's page shows. {@code daysSinceLastSupervision} is null when no
 * supervision is recorded; the caseload is its size for everyone and its courses with
 * their recipients only when {@code showsRecipients} (the reader's role may see
 * recipients); {@code manageable} says whether the reader may change the record. The
 * history lists the periods of employment form, role and model, oldest first. The
 * consents, newest first, may be recorded and withdrawn by every reader of the page: the
 * peer worker themself and whoever manages them.
 */
record PeerWorkerPage(long id, String fullName, @Nullable String phone, @Nullable String email,
		EmploymentForm employmentForm, PeerRole peerRole, String organisationName, @Nullable String modelName,
		List<String> unitNames, LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable PeerEndReason endReason,
		@Nullable PeerDestination destination, boolean ended, List<HistoryRow> history, @Nullable String loginLabel,
		@Nullable String supervisorLabel, List<TrainingRow> trainings, List<SupervisionRow> supervisions,
		@Nullable Long daysSinceLastSupervision, boolean showsRecipients, CaseloadSize caseloadSize,
		List<CaseloadEntry> caseload, boolean manageable, List<PeerConsentRow> consents) {

}
