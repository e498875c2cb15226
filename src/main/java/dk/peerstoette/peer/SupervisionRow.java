package dk.peerstoette.peer;

import java.time.LocalDate;

/** A line of the supervision a peer worker received. */
record SupervisionRow(LocalDate receivedOn, String supervisor, SupervisionKind kind) {

}
