package dk.peerstoette.referral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The receiving coordinator's reason for declining a referral. */
class DeclineForm {

	@NotBlank
	@Size(max = ReferralForm.MAX_REASON)
	private String declineReason = "";

	private long version;

	private boolean cprConfirmed;

	public String getDeclineReason() {
		return this.declineReason;
	}

	public void setDeclineReason(@Nullable String declineReason) {
		this.declineReason = (declineReason != null) ? declineReason.strip() : "";
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public boolean isCprConfirmed() {
		return this.cprConfirmed;
	}

	public void setCprConfirmed(boolean cprConfirmed) {
		this.cprConfirmed = cprConfirmed;
	}

}
