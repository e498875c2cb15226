package dk.peerstoette.referral;

import org.jspecify.annotations.Nullable;

/** Taking a place off its waiting list by hand: the reason, and the version read. */
class RemoveForm {

	private @Nullable LeftReason reason;

	private long version;

	public @Nullable LeftReason getReason() {
		return this.reason;
	}

	public void setReason(@Nullable LeftReason reason) {
		this.reason = reason;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
