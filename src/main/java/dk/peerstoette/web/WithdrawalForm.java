package dk.peerstoette.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The withdrawal of one consent (a recipient's or a peer worker's): the day it was
 * withdrawn, and the consent's version that was read.
 */
public class WithdrawalForm {

	private @Nullable LocalDate withdrawnOn;

	private long version;

	/**
	 * Refuses a missing day or one after today, with the module's own message codes.
	 */
	public void check(LocalDate today, FormProblems problems, String requiredCode, String futureCode) {
		if (this.withdrawnOn == null) {
			problems.add("withdrawnOn", requiredCode);
		}
		else if (this.withdrawnOn.isAfter(today)) {
			problems.add("withdrawnOn", futureCode);
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
