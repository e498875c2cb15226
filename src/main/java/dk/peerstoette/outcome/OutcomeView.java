package dk.peerstoette.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.instrument.ChimeDimension;

/**
 * A recipient's outcomes: per CHIME dimension the baseline against the latest completed
 * score, the completed assessments in the order they were answered (the trajectory), and
 * every assessment. The baseline is the first completed baseline assessment; the latest
 * score of a dimension is that of the newest completed assessment after it that scores
 * the dimension.
 */
record OutcomeView(long recipientId, String internalNumber, String alias, BigDecimal threshold, int scaleMin,
		int scaleMax, @Nullable Entry baseline, List<DimensionChange> changes, List<Entry> trajectory,
		List<Entry> assessments, List<DueAssessment> due, boolean mayStart) {

	static OutcomeView of(long recipientId, String internalNumber, String alias, BigDecimal threshold,
			List<Entry> assessments, List<DueAssessment> due, boolean mayStart) {
		List<Entry> trajectory = assessments.stream()
			.filter(Entry::completed)
			.sorted((a, b) -> (a.answeredOn().equals(b.answeredOn())) ? Long.compare(a.id(), b.id())
					: a.answeredOn().compareTo(b.answeredOn()))
			.toList();
		Entry baseline = trajectory.stream()
			.filter((e) -> e.timepoint() == Timepoint.BASELINE)
			.findFirst()
			.orElse(null);
		List<DimensionChange> changes = new ArrayList<>();
		for (ChimeDimension dimension : ChimeDimension.values()) {
			BigDecimal first = (baseline != null) ? baseline.score(dimension) : null;
			Entry latest = null;
			if (baseline != null) {
				for (Entry entry : trajectory.subList(trajectory.indexOf(baseline) + 1, trajectory.size())) {
					if (entry.score(dimension) != null) {
						latest = entry;
					}
				}
			}
			BigDecimal last = (latest != null) ? latest.score(dimension) : null;
			BigDecimal difference = (first != null && last != null) ? last.subtract(first) : null;
			changes.add(new DimensionChange(dimension, first, last, (latest != null) ? latest.answeredOn() : null,
					difference, (difference != null) ? Change.of(difference, threshold) : null));
		}
		int min = assessments.stream().mapToInt(Entry::scaleMin).min().orElse(0);
		int max = assessments.stream().mapToInt(Entry::scaleMax).max().orElse(4);
		return new OutcomeView(recipientId, internalNumber, alias, threshold, min, max, baseline, changes, trajectory,
				assessments, due, mayStart);
	}

	/** One assessment as the outcome view lists it. */
	record Entry(long id, long courseId, String courseKind, Timepoint timepoint, LocalDate answeredOn,
			Respondent respondent, boolean completed, int scaleMin, int scaleMax,
			Map<ChimeDimension, BigDecimal> scores) {

		Entry {
			scores = scores.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(scores));
		}

		public @Nullable BigDecimal score(ChimeDimension dimension) {
			return this.scores.get(dimension);
		}

	}

	/**
	 * Baseline against latest for one dimension; nulls where there is nothing to compare.
	 */
	record DimensionChange(ChimeDimension dimension, @Nullable BigDecimal baseline, @Nullable BigDecimal latest,
			@Nullable LocalDate latestOn, @Nullable BigDecimal difference, @Nullable Change change) {

	}

}
