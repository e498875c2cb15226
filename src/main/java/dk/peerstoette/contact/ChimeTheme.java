package dk.peerstoette.contact;

/**
 * The CHIME themes a contact touched (Connection, Hope, Identity, Meaning, Empowerment);
 * labels are {@code contact.chime.<name>}.
 */
enum ChimeTheme {

	CONNECTION, HOPE, IDENTITY, MEANING, EMPOWERMENT

}
