package dk.peerstoette.instrument;

/**
 * The five CHIME dimensions of personal recovery, in their usual order: Connection, Hope,
 * Identity, Meaning, Empowerment. Labels are {@code instrument.dimension.<NAME>}.
 */
public enum ChimeDimension {

	CONNECTION, HOPE, IDENTITY, MEANING, EMPOWERMENT

}
