package dk.peerstoette.retention;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** A legal hold as the recipient's retention page lists it. */
record HoldRow(long id, HoldGround ground, String reason, LocalDate placedOn, @Nullable LocalDate liftedOn,
		long version) {

	static HoldRow of(LegalHold hold) {
		return new HoldRow(Objects.requireNonNull(hold.getId()), hold.getGround(), hold.getReason(), hold.getPlacedOn(),
				hold.getLiftedOn(), hold.getVersion());
	}

	public boolean isInForce() {
		return this.liftedOn == null;
	}

}
