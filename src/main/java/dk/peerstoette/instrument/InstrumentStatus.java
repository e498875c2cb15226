package dk.peerstoette.instrument;

/**
 * A draft may still be edited; an active instrument can be chosen for new assessments; a
 * retired one only reads old ones. Labels are {@code instrument.status.<NAME>}.
 */
public enum InstrumentStatus {

	DRAFT, ACTIVE, RETIRED

}
