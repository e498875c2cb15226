package dk.peerstoette.recipient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The withdrawal of one consent; carries the consent's version that was read. */
class WithdrawConsentForm {

	private @Nullable LocalDate withdrawnOn;

	private long version;

	List<FieldProblem> problems(LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		if (this.withdrawnOn == null) {
			problems.add(new FieldProblem("withdrawnOn", "recipient.date.required"));
		}
		else if (this.withdrawnOn.isAfter(today)) {
			problems.add(new FieldProblem("withdrawnOn", "recipient.date.future"));
		}
		return problems;
	}

	public @Nullable LocalDate getWithdrawnOn() {
		return this.withdrawnOn;
	}

	public void setWithdrawnOn(@Nullable LocalDate withdrawnOn) {
		this.withdrawnOn = withdrawnOn;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
