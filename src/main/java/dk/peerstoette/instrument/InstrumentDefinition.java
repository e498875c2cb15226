package dk.peerstoette.instrument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

/**
 * An instrument as an assessment needs it: its scale, its items in order, and the scoring
 * rule. The rule: each answer counts as given, a reverse-scored one as
 * {@code scaleMin + scaleMax - answer}; a dimension's score is the mean of its counted
 * answers if at least {@code minAnsweredShare} of its items are answered, and none
 * otherwise.
 */
public record InstrumentDefinition(long id, String code, int versionNumber, String nameDa, String nameEn,
		@Nullable String descriptionDa, @Nullable String descriptionEn, int scaleMin, int scaleMax,
		BigDecimal minAnsweredShare, InstrumentStatus status, InstrumentPurpose purpose, List<Anchor> anchors,
		List<Item> items) {

	public InstrumentDefinition {
		anchors = List.copyOf(anchors);
		items = List.copyOf(items);
	}

	/** A labelled point of the scale. */
	public record Anchor(int value, String labelDa, String labelEn) {

		public String label(Locale locale) {
			return Locales.isDanish(locale) ? this.labelDa : this.labelEn;
		}

	}

	/** One statement or question. */
	public record Item(long id, int position, ItemDimension dimension, String textDa, String textEn,
			boolean reverseScored) {

		public String text(Locale locale) {
			return Locales.isDanish(locale) ? this.textDa : this.textEn;
		}

		/** The CHIME dimension it measures; none for a peer worker's other dimensions. */
		public @Nullable ChimeDimension chime() {
			return this.dimension.chime();
		}

	}

	/** A point of the scale with its label, or its number where it has none. */
	public record Point(int value, String label) {
	}

	/** Every point of the scale, in order, labelled in the language. */
	public List<Point> points(Locale locale) {
		return IntStream.rangeClosed(this.scaleMin, this.scaleMax)
			.mapToObj((value) -> new Point(value, label(value, locale)))
			.toList();
	}

	/** The label of a point of the scale, or its number where it has none. */
	public String label(int value, Locale locale) {
		return this.anchors.stream()
			.filter((anchor) -> anchor.value() == value)
			.findFirst()
			.map((anchor) -> anchor.label(locale))
			.orElse(String.valueOf(value));
	}

	public String name(Locale locale) {
		return Locales.isDanish(locale) ? this.nameDa : this.nameEn;
	}

	public @Nullable String description(Locale locale) {
		return Locales.isDanish(locale) ? this.descriptionDa : this.descriptionEn;
	}

	/**
	 * The answers a form gave, by item id: an item left blank (bound as null) is absent.
	 */
	public static Map<Long, Integer> given(Map<Long, @Nullable Integer> answers) {
		Map<Long, Integer> given = new java.util.HashMap<>();
		answers.forEach((itemId, answer) -> {
			if (answer != null) {
				given.put(itemId, answer);
			}
		});
		return given;
	}

	public boolean isOnScale(int answer) {
		return answer >= this.scaleMin && answer <= this.scaleMax;
	}

	/**
	 * The CHIME dimension scores of answers given by item id. Answers to items of other
	 * instruments are ignored; an answer off the scale is a programming error.
	 */
	public DimensionScores score(Map<Long, Integer> answersByItemId) {
		Map<ChimeDimension, BigDecimal> scores = new EnumMap<>(ChimeDimension.class);
		scores(answersByItemId).forEach((dimension, score) -> {
			ChimeDimension chime = dimension.chime();
			if (chime != null) {
				scores.put(chime, score);
			}
		});
		return new DimensionScores(scores, answered(answersByItemId));
	}

	/**
	 * The score of every dimension the instrument measures, CHIME or not, by the same
	 * rule as {@link #score}: what a peer worker's check-in keeps.
	 */
	public Map<ItemDimension, BigDecimal> scores(Map<Long, Integer> answersByItemId) {
		Map<ItemDimension, int[]> countedAndItems = new EnumMap<>(ItemDimension.class);
		Map<ItemDimension, Integer> sums = new EnumMap<>(ItemDimension.class);
		for (Item item : this.items) {
			int[] counts = countedAndItems.computeIfAbsent(item.dimension(), (dimension) -> new int[2]);
			counts[1]++;
			Integer answer = answersByItemId.get(item.id());
			if (answer == null) {
				continue;
			}
			if (!isOnScale(answer)) {
				throw new IllegalArgumentException("Answer off the scale for item " + item.id());
			}
			int counted = item.reverseScored() ? this.scaleMin + this.scaleMax - answer : answer;
			counts[0]++;
			sums.merge(item.dimension(), counted, Integer::sum);
		}
		Map<ItemDimension, BigDecimal> scores = new EnumMap<>(ItemDimension.class);
		countedAndItems.forEach((dimension, counts) -> {
			int counted = counts[0];
			int itemCount = counts[1];
			boolean enough = counted > 0 && BigDecimal.valueOf(counted)
				.compareTo(this.minAnsweredShare.multiply(BigDecimal.valueOf(itemCount))) >= 0;
			if (enough) {
				scores.put(dimension, BigDecimal.valueOf(sums.get(dimension))
					.divide(BigDecimal.valueOf(counted), 2, RoundingMode.HALF_UP));
			}
		});
		return scores;
	}

	/** The dimensions the instrument measures, in the order of their first items. */
	public List<ItemDimension> dimensions() {
		return this.items.stream().map(Item::dimension).distinct().toList();
	}

	private int answered(Map<Long, Integer> answersByItemId) {
		return (int) this.items.stream().filter((item) -> answersByItemId.get(item.id()) != null).count();
	}

}
