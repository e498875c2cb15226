package dk.peerstoette.peer;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A line of a peer worker's training. */
record TrainingRow(String courseName, LocalDate completedOn, @Nullable String provider) {

}
