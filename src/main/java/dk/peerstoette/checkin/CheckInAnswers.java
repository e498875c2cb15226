package dk.peerstoette.checkin;

/**
 * The seven answers of a check-in, each 0 to 4. High strain is demand or set back of
 * {@value #HIGH_STRAIN} or more.
 */
record CheckInAnswers(int hope, int meaning, int identity, int competence, int connection, int demand, int setBack) {

	static final int HIGH_STRAIN = 3;

	boolean highStrain() {
		return this.demand >= HIGH_STRAIN || this.setBack >= HIGH_STRAIN;
	}

}
