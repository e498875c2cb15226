package dk.peerstoette.staffsurvey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.instrument.ChimeDimension;
import dk.peerstoette.instrument.InstrumentDefinition;

/**
 * What a round's page shows of its answers: nothing while the round is open or when fewer
 * than the smallest group any figure may show answered; else the mean of each CHIME
 * dimension (by the instrument's scoring rule) and of each item, with the change since
 * the unit's previous round that showed results. A dimension is compared only on the same
 * scale, an item only within the same instrument version.
 *
 * @param answered how many answered the round
 * @param comparedWith the number of the round the changes are counted from, if any
 */
record SurveyResults(Status status, int answered, int minimum, @Nullable Integer comparedWith,
		List<DimensionResult> dimensions, List<ItemResult> items) {

	/** Whether the results are shown, and why not. */
	enum Status {

		SHOWN, OPEN, TOO_FEW

	}

	record DimensionResult(ChimeDimension dimension, BigDecimal mean, @Nullable BigDecimal change) {
	}

	record ItemResult(InstrumentDefinition.Item item, BigDecimal mean, @Nullable BigDecimal change) {

		public String text(Locale locale) {
			return this.item.text(locale);
		}

	}

	/** A round's answers, as its results are counted from. */
	record Answers(int number, boolean open, InstrumentDefinition instrument, Collection<Map<Long, Integer>> given) {
	}

	/**
	 * @param minimum the fewest answers whose results may be shown
	 * @param previous the unit's latest earlier round that shows results, if any
	 */
	static SurveyResults of(Answers round, int minimum, @Nullable Answers previous) {
		int answered = round.given().size();
		if (round.open()) {
			return hidden(Status.OPEN, answered, minimum);
		}
		if (answered < minimum) {
			return hidden(Status.TOO_FEW, answered, minimum);
		}
		Means now = Means.of(round);
		Means before = (previous != null) ? Means.of(previous) : null;
		boolean sameScale = previous != null && previous.instrument().scaleMin() == round.instrument().scaleMin()
				&& previous.instrument().scaleMax() == round.instrument().scaleMax();
		boolean sameItems = previous != null && previous.instrument().id() == round.instrument().id();
		List<DimensionResult> dimensions = now.dimensions.entrySet()
			.stream()
			.map((entry) -> new DimensionResult(entry.getKey(), entry.getValue(),
					(before != null && sameScale) ? change(entry.getValue(), before.dimensions.get(entry.getKey()))
							: null))
			.toList();
		List<ItemResult> items = round.instrument()
			.items()
			.stream()
			.filter((item) -> now.items.containsKey(item.id()))
			.map((item) -> new ItemResult(item, now.items.get(item.id()),
					(before != null && sameItems) ? change(now.items.get(item.id()), before.items.get(item.id()))
							: null))
			.toList();
		return new SurveyResults(Status.SHOWN, answered, minimum, (previous != null) ? previous.number() : null,
				dimensions, items);
	}

	public boolean shown() {
		return this.status == Status.SHOWN;
	}

	private static SurveyResults hidden(Status status, int answered, int minimum) {
		return new SurveyResults(status, answered, minimum, null, List.of(), List.of());
	}

	private static @Nullable BigDecimal change(BigDecimal now, @Nullable BigDecimal before) {
		return (before != null) ? now.subtract(before) : null;
	}

	/** The means of a round's answers, to two decimals. */
	private record Means(Map<ChimeDimension, BigDecimal> dimensions, Map<Long, BigDecimal> items) {

		static Means of(Answers round) {
			Map<ChimeDimension, BigDecimal> dimensionSums = new EnumMap<>(ChimeDimension.class);
			Map<ChimeDimension, Integer> dimensionCounts = new EnumMap<>(ChimeDimension.class);
			Map<Long, Integer> itemSums = new HashMap<>();
			Map<Long, Integer> itemCounts = new HashMap<>();
			for (Map<Long, Integer> answer : round.given()) {
				round.instrument().score(answer).scores().forEach((dimension, score) -> {
					dimensionSums.merge(dimension, score, BigDecimal::add);
					dimensionCounts.merge(dimension, 1, Integer::sum);
				});
				answer.forEach((itemId, value) -> {
					itemSums.merge(itemId, value, Integer::sum);
					itemCounts.merge(itemId, 1, Integer::sum);
				});
			}
			Map<ChimeDimension, BigDecimal> dimensions = new EnumMap<>(ChimeDimension.class);
			dimensionSums.forEach((dimension, sum) -> dimensions.put(dimension,
					sum.divide(BigDecimal.valueOf(dimensionCounts.get(dimension)), 2, RoundingMode.HALF_UP)));
			Map<Long, BigDecimal> items = new HashMap<>();
			itemSums.forEach((itemId, sum) -> items.put(itemId, BigDecimal.valueOf(sum)
				.divide(BigDecimal.valueOf(itemCounts.get(itemId)), 2, RoundingMode.HALF_UP)));
			return new Means(dimensions, items);
		}

	}

}
