package dk.peerstoette.partnership;

/** An id and a name, for the options of a select field. */
public record Choice(long id, String name) {

}
