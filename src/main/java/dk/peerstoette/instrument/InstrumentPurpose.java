package dk.peerstoette.instrument;

import java.util.Arrays;
import java.util.List;

/**
 * What an instrument is for, and so who answers it: a recipient's outcome assessment
 * (CHIME), a peer worker's own check-in, or the staff survey of a unit (module
 * staffsurvey). It decides which dimensions its items may measure and where it can be
 * chosen; each use offers only its own instruments, and every version of a code has the
 * purpose of the first. Labels are {@code instrument.purpose.<NAME>}.
 */
public enum InstrumentPurpose {

	RECIPIENT_OUTCOME("CHIME-10"), PEER_CHECKIN("CHECKIN-7"), STAFF_SURVEY("STAFF-10");

	private final String standardCode;

	InstrumentPurpose(String standardCode) {
		this.standardCode = standardCode;
	}

	/** The code of the instrument shipped for this purpose, in our own wording. */
	String standardCode() {
		return this.standardCode;
	}

	/** The dimensions an item of an instrument for this purpose may measure. */
	public List<ItemDimension> dimensions() {
		return Arrays.stream(ItemDimension.values())
			.filter((dimension) -> this == PEER_CHECKIN || dimension.chime() != null)
			.toList();
	}

}
