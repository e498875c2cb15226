package dk.peerstoette.interview;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.SearchCriteria;
import dk.peerstoette.web.FormProblems;

/**
 * A draw of the interview sample: how many recipients and peer workers per stratum, what
 * the strata are, and, once drawn, its seed and the day it was drawn on. The same form
 * with the same seed and day shows the same draw again (less anyone whose consent has
 * ended since).
 */
public class SampleForm {

	/** The most people of one kind a stratum gives. */
	static final int MAX_PER_STRATUM = 50;

	@NotNull
	@Min(0)
	@Max(MAX_PER_STRATUM)
	private @Nullable Integer recipients = 2;

	@NotNull
	@Min(0)
	@Max(MAX_PER_STRATUM)
	private @Nullable Integer peerWorkers = 1;

	private Set<Stratum> strata = EnumSet.allOf(Stratum.class);

	private @Nullable Long seed;

	private @Nullable LocalDate on;

	/** A draw asks for someone, on a day that has come. */
	void check(LocalDate today, FormProblems problems) {
		if (this.recipients != null && this.peerWorkers != null && this.recipients + this.peerWorkers == 0) {
			problems.add("recipients", "interview.size.none");
		}
		if (this.on != null && this.on.isAfter(today)) {
			problems.add("on", "interview.on.future");
		}
	}

	/** Whether the form names a draw (a seed and its day) to show. */
	boolean isDrawn() {
		return this.seed != null && this.on != null;
	}

	/** The draw as the access log keeps what was asked. */
	SearchCriteria criteria() {
		return SearchCriteria.of("recipients", this.recipients)
			.and("peerWorkers", this.peerWorkers)
			.and("strata", this.strata.stream().sorted().toList())
			.and("seed", (this.seed != null) ? Long.toString(this.seed) : null)
			.and("on", this.on);
	}

	public @Nullable Integer getRecipients() {
		return this.recipients;
	}

	public void setRecipients(@Nullable Integer recipients) {
		this.recipients = recipients;
	}

	public @Nullable Integer getPeerWorkers() {
		return this.peerWorkers;
	}

	public void setPeerWorkers(@Nullable Integer peerWorkers) {
		this.peerWorkers = peerWorkers;
	}

	public Set<Stratum> getStrata() {
		return this.strata;
	}

	public void setStrata(@Nullable Set<Stratum> strata) {
		this.strata = EnumSet.noneOf(Stratum.class);
		if (strata != null) {
			this.strata.addAll(strata);
		}
	}

	public @Nullable Long getSeed() {
		return this.seed;
	}

	public void setSeed(@Nullable Long seed) {
		this.seed = seed;
	}

	public @Nullable LocalDate getOn() {
		return this.on;
	}

	public void setOn(@Nullable LocalDate on) {
		this.on = on;
	}

}
