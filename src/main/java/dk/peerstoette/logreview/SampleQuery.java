package dk.peerstoette.logreview;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.AccessLogDirectory;

/**
 * A random sample of the accesses of a period, for the periodic review. The seed is drawn
 * when the sample is, with the newest access then; the same seed and bound show the same
 * sample again, however the log has grown, so that a review can be left and taken up.
 */
public class SampleQuery {

	private @Nullable LocalDate from;

	private @Nullable LocalDate to;

	@NotNull
	@Min(1)
	@Max(AccessLogDirectory.MAX_SAMPLE)
	private @Nullable Integer size = 20;

	private @Nullable Long seed;

	private @Nullable Long last;

	public @Nullable LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(@Nullable LocalDate from) {
		this.from = from;
	}

	public @Nullable LocalDate getTo() {
		return this.to;
	}

	public void setTo(@Nullable LocalDate to) {
		this.to = to;
	}

	public @Nullable Integer getSize() {
		return this.size;
	}

	public void setSize(@Nullable Integer size) {
		this.size = size;
	}

	public @Nullable Long getSeed() {
		return this.seed;
	}

	public void setSeed(@Nullable Long seed) {
		this.seed = seed;
	}

	/** The newest access when the sample was drawn: later ones are not in it. */
	public @Nullable Long getLast() {
		return this.last;
	}

	public void setLast(@Nullable Long last) {
		this.last = last;
	}

}
