package dk.peerstoette.instrument;

import java.util.Arrays;
import java.util.List;

/**
 * What an instrument is for: measuring recipients' recovery (CHIME), or a peer worker's
 * own check-in. It decides which dimensions its items may measure and where it can be
 * chosen; every version of a code has the purpose of the first. Labels are
 * {@code instrument.purpose.<NAME>}.
 */
public enum InstrumentPurpose {

	RECIPIENT_OUTCOME, PEER_CHECKIN;

	/** The dimensions an item of an instrument for this purpose may measure. */
	public List<ItemDimension> dimensions() {
		return Arrays.stream(ItemDimension.values())
			.filter((dimension) -> this == PEER_CHECKIN || dimension.chime() != null)
			.toList();
	}

}
