package dk.peerstoette.staffsurvey;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** A new round: the unit, the instrument and how many answer links to make. */
class OpenRoundForm {

	/** Links made unless the coordinator asks for another number. */
	static final int DEFAULT_LINKS = 10;

	@NotNull
	private @Nullable Long unitId;

	@NotNull
	private @Nullable Long instrumentId;

	@NotNull
	private @Nullable Integer links = DEFAULT_LINKS;

	public @Nullable Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(@Nullable Long unitId) {
		this.unitId = unitId;
	}

	public @Nullable Long getInstrumentId() {
		return this.instrumentId;
	}

	public void setInstrumentId(@Nullable Long instrumentId) {
		this.instrumentId = instrumentId;
	}

	public @Nullable Integer getLinks() {
		return this.links;
	}

	public void setLinks(@Nullable Integer links) {
		this.links = links;
	}

}
