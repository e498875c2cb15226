package dk.peerstoette.recipient;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.web.FormProblems;

/** The withdrawal of one consent; carries the consent's version that was read. */
class WithdrawConsentForm {

	private @Nullable LocalDate withdrawnOn;

	private long version;

	void check(LocalDate today, FormProblems problems) {
		if (this.withdrawnOn == null) {
			problems.add("withdrawnOn", "recipient.date.required");
		}
		else if (this.withdrawnOn.isAfter(today)) {
			problems.add("withdrawnOn", "recipient.date.future");
		}
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
