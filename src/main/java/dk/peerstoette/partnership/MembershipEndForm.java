package dk.peerstoette.partnership;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The last day of a membership; carries the version that was read. */
class MembershipEndForm {

	@NotNull
	private @Nullable LocalDate endsOn;

	private long version;

	static MembershipEndForm of(PartnershipMembership membership) {
		MembershipEndForm form = new MembershipEndForm();
		form.endsOn = membership.getEndsOn();
		form.version = membership.getVersion();
		return form;
	}

	public @Nullable LocalDate getEndsOn() {
		return this.endsOn;
	}

	public void setEndsOn(@Nullable LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
