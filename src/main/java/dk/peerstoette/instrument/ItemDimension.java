package dk.peerstoette.instrument;

import org.jspecify.annotations.Nullable;

/**
 * What an item measures. A recipient's instrument measures the five CHIME dimensions; a
 * peer worker's check-in may measure them too, and besides their competence and the
 * strain of the work: how much it demanded and whether it set them back in their own
 * recovery, or, in an instrument a programme loads itself such as ProQOL, compassion
 * satisfaction, burnout and secondary traumatic stress. For a strain dimension a lower
 * score is the better one. Labels are {@code instrument.dimension.<NAME>}.
 */
public enum ItemDimension {

	CONNECTION(ChimeDimension.CONNECTION, false), HOPE(ChimeDimension.HOPE, false),
	IDENTITY(ChimeDimension.IDENTITY, false), MEANING(ChimeDimension.MEANING, false),
	EMPOWERMENT(ChimeDimension.EMPOWERMENT, false), COMPETENCE(null, false), COMPASSION_SATISFACTION(null, false),
	DEMAND(null, true), SET_BACK(null, true), BURNOUT(null, true), SECONDARY_TRAUMA(null, true);

	private final @Nullable ChimeDimension chime;

	private final boolean strain;

	ItemDimension(@Nullable ChimeDimension chime, boolean strain) {
		this.chime = chime;
		this.strain = strain;
	}

	/** The CHIME dimension this is, if it is one. */
	public @Nullable ChimeDimension chime() {
		return this.chime;
	}

	/** Whether it measures the strain of the work, where less is better. */
	public boolean isStrain() {
		return this.strain;
	}

}
