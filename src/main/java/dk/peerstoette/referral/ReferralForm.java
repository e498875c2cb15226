package dk.peerstoette.referral;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A coordinator's referral of one of their recipients: the partner organisation's unit
 * and the reason. The consent to sharing is the recipient's, recorded on their page; the
 * service looks for it.
 */
class ReferralForm {

	static final int MAX_REASON = 1000;

	@NotNull
	private @Nullable Long recipientId;

	@NotNull
	private @Nullable Long unitId;

	@NotBlank
	@Size(max = MAX_REASON)
	private String reason = "";

	/** A mentor course of the recipient's that the receiving organisation continues. */
	private @Nullable Long courseId;

	/** Ticked by the user: what looks like a CPR number in the reason is none. */
	private boolean cprConfirmed;

	public @Nullable Long getRecipientId() {
		return this.recipientId;
	}

	public void setRecipientId(@Nullable Long recipientId) {
		this.recipientId = recipientId;
	}

	public @Nullable Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(@Nullable Long unitId) {
		this.unitId = unitId;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(@Nullable String reason) {
		this.reason = (reason != null) ? reason.strip() : "";
	}

	public @Nullable Long getCourseId() {
		return this.courseId;
	}

	public void setCourseId(@Nullable Long courseId) {
		this.courseId = courseId;
	}

	public boolean isCprConfirmed() {
		return this.cprConfirmed;
	}

	public void setCprConfirmed(boolean cprConfirmed) {
		this.cprConfirmed = cprConfirmed;
	}

}
