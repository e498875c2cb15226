package dk.peerstoette.instrument;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One item of an instrument, as stored. */
@Embeddable
record InstrumentItem(int position, @Enumerated(EnumType.STRING) ItemDimension dimension, String textDa, String textEn,
		boolean reverseScored) {

}
