package dk.peerstoette.checkin;

import org.jspecify.annotations.Nullable;

/**
 * A peer worker as their supervisor sees them: flags only, never answers.
 * {@code weeksSinceSupervision} is null when no supervision is recorded.
 */
record SupervisedPeer(long id, String fullName, boolean strainFlagged, @Nullable Long weeksSinceSupervision,
		boolean supervisionOverdue) {

	public boolean flagged() {
		return this.strainFlagged || this.supervisionOverdue;
	}

}
