package dk.peerstoette.checkin;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.instrument.InstrumentDefinition;
import dk.peerstoette.instrument.ItemDimension;
import dk.peerstoette.web.TransitionRefusedException;

/**
 * One check-in of a peer worker: their answers to the items of a check-in instrument, the
 * score of each dimension it measures, and whether the strain was high. Only the peer
 * worker themself ever reads it. It counts in anonymous statistics only while they say
 * so, which they decide for each check-in and may change.
 */
@Entity
@Table(name = "peer_checkin")
class CheckIn {

	/**
	 * A strain dimension is high in the top quarter of its scale: 3 or more on 0 to 4, as
	 * the check-in has always flagged demand or set-back.
	 */
	static final BigDecimal HIGH_STRAIN_SHARE = new BigDecimal("0.75");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long peerWorkerId;

	private long instrumentId;

	private LocalDate answeredOn;

	private boolean highStrain;

	private boolean statisticsConsent;

	private @Nullable Instant statisticsConsentChangedAt;

	@Column(updatable = false)
	private Instant createdAt;

	@ElementCollection
	@CollectionTable(name = "peer_checkin_answer", joinColumns = @JoinColumn(name = "checkin_id"))
	@MapKeyColumn(name = "item_id")
	@Column(name = "answer")
	private Map<Long, Short> answers = new HashMap<>();

	@ElementCollection
	@CollectionTable(name = "peer_checkin_score", joinColumns = @JoinColumn(name = "checkin_id"))
	@MapKeyColumn(name = "dimension")
	@MapKeyEnumerated(EnumType.STRING)
	@Column(name = "score")
	private Map<ItemDimension, BigDecimal> scores = new EnumMap<>(ItemDimension.class);

	@SuppressWarnings("NullAway")
	protected CheckIn() {
	}

	/**
	 * @param answers an answer on the scale to every item of the instrument, by item id
	 */
	CheckIn(long peerWorkerId, LocalDate answeredOn, InstrumentDefinition instrument, Map<Long, Integer> answers,
			boolean statisticsConsent, Instant now) {
		for (InstrumentDefinition.Item item : instrument.items()) {
			Integer answer = answers.get(item.id());
			if (answer == null || !instrument.isOnScale(answer)) {
				throw new IllegalArgumentException("A check-in answers every item on the scale");
			}
			this.answers.put(item.id(), answer.shortValue());
		}
		this.peerWorkerId = peerWorkerId;
		this.instrumentId = instrument.id();
		this.answeredOn = answeredOn;
		this.scores.putAll(instrument.scores(answers));
		this.highStrain = highStrain(this.scores, instrument.scaleMin(), instrument.scaleMax());
		this.statisticsConsent = statisticsConsent;
		this.statisticsConsentChangedAt = statisticsConsent ? now : null;
		this.createdAt = now;
	}

	/** Whether a strain dimension scored in the top quarter of the scale. */
	static boolean highStrain(Map<ItemDimension, BigDecimal> scores, int scaleMin, int scaleMax) {
		BigDecimal threshold = BigDecimal.valueOf(scaleMax - scaleMin)
			.multiply(HIGH_STRAIN_SHARE)
			.add(BigDecimal.valueOf(scaleMin));
		return scores.entrySet()
			.stream()
			.anyMatch((score) -> score.getKey().isStrain() && score.getValue().compareTo(threshold) >= 0);
	}

	/**
	 * Lets the check-in count in anonymous statistics, or stops it; asking for what holds
	 * already is refused.
	 */
	void countInStatistics(boolean counts, Instant now) {
		if (this.statisticsConsent == counts) {
			throw new TransitionRefusedException(
					counts ? "checkin.statistics.alreadyCounts" : "checkin.statistics.alreadyLeftOut");
		}
		this.statisticsConsent = counts;
		this.statisticsConsentChangedAt = now;
	}

	@Nullable Long getId() {
		return this.id;
	}

	long getPeerWorkerId() {
		return this.peerWorkerId;
	}

	boolean countsInStatistics() {
		return this.statisticsConsent;
	}

}
