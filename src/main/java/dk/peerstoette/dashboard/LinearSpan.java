package dk.peerstoette.dashboard;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The sums a reader can work out from sums they know: a vector of cells lies in the span
 * of the known vectors exactly when its sum follows from theirs by adding and
 * subtracting. Exact arithmetic (fraction-free elimination over the integers), so that a
 * rounding error can never call a derivable sum safe.
 */
final class LinearSpan {

	private final int size;

	/** Rows in echelon form: each is zero at the pivots of the rows before it. */
	private final List<BigInteger[]> rows = new ArrayList<>();

	private final List<Integer> pivots = new ArrayList<>();

	LinearSpan(int size) {
		this.size = size;
	}

	/** Adds a known sum over the cells marked 1. */
	void add(int[] vector) {
		BigInteger[] row = reduced(vector);
		for (int i = 0; i < this.size; i++) {
			if (row[i].signum() != 0) {
				if (row[i].signum() < 0) {
					for (int j = 0; j < this.size; j++) {
						row[j] = row[j].negate();
					}
				}
				this.rows.add(row);
				this.pivots.add(i);
				return;
			}
		}
	}

	/** Whether the sum over these cells can be worked out from the known ones. */
	boolean contains(int[] vector) {
		for (BigInteger value : reduced(vector)) {
			if (value.signum() != 0) {
				return false;
			}
		}
		return true;
	}

	private BigInteger[] reduced(int[] vector) {
		if (vector.length != this.size) {
			throw new IllegalArgumentException("Vectors have " + this.size + " cells");
		}
		BigInteger[] v = new BigInteger[this.size];
		for (int i = 0; i < this.size; i++) {
			v[i] = BigInteger.valueOf(vector[i]);
		}
		for (int r = 0; r < this.rows.size(); r++) {
			int pivot = this.pivots.get(r);
			if (v[pivot].signum() == 0) {
				continue;
			}
			BigInteger[] row = this.rows.get(r);
			BigInteger factor = v[pivot];
			BigInteger scale = row[pivot];
			BigInteger gcd = BigInteger.ZERO;
			for (int i = 0; i < this.size; i++) {
				v[i] = v[i].multiply(scale).subtract(row[i].multiply(factor));
				gcd = gcd.gcd(v[i]);
			}
			if (gcd.compareTo(BigInteger.ONE) > 0) {
				for (int i = 0; i < this.size; i++) {
					v[i] = v[i].divide(gcd);
				}
			}
		}
		return v;
	}

}
