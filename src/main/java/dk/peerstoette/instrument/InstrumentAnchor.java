package dk.peerstoette.instrument;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A labelled point of an instrument's scale, as stored. */
@Embeddable
record InstrumentAnchor(@Column(name = "scale_value") int value, String labelDa, String labelEn) {

}
