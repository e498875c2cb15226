package dk.peerstoette.checkin;

import java.time.LocalDate;

/** A check-in as the peer worker's own list and chart show it. */
record CheckInRow(long id, LocalDate answeredOn, int hope, int meaning, int identity, int competence, int connection,
		int demand, int setBack) {

	public boolean highStrain() {
		return new CheckInAnswers(this.hope, this.meaning, this.identity, this.competence, this.connection, this.demand,
				this.setBack)
			.highStrain();
	}

}
