package dk.peerstoette.partnership;

/** A managed list with how many values it holds, and how many of them are active. */
public record ListSummary(ListName listName, long total, long active) {

}
