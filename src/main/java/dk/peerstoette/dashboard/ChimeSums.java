package dk.peerstoette.dashboard;

/**
 * The sums of one CHIME dimension over a group of pairs (a completed baseline and the
 * latest completed follow-up): what every figure of the change is computed from. Sums of
 * disjoint groups add up.
 *
 * @param n the number of pairs
 * @param sum the sum of the changes
 * @param sumOfSquares the sum of the squared changes
 * @param improved how many improved by the threshold or more
 */
record ChimeSums(long n, double sum, double sumOfSquares, long improved) {

	static final ChimeSums NONE = new ChimeSums(0, 0, 0, 0);

	ChimeSums plus(ChimeSums other) {
		return new ChimeSums(this.n + other.n, this.sum + other.sum, this.sumOfSquares + other.sumOfSquares,
				this.improved + other.improved);
	}

}
