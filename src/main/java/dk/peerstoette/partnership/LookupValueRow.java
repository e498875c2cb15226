package dk.peerstoette.partnership;

/** A line of a managed list's values. */
public record LookupValueRow(long id, String code, String nameDa, String nameEn, int sortOrder, boolean active) {

}
