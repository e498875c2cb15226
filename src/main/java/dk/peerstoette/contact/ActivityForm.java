package dk.peerstoette.contact;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The form for an organisational activity, with no recipient: the contact's kind (one of
 * the organisational ones), when, duration, place and note, plus the unit it was for and
 * the colleagues who took part, by name, one a line. A coordinator also chooses whose
 * time it was; a peer worker records their own.
 */
class ActivityForm extends ContactForm {

	private @Nullable Long unitId;

	@Size(max = 1000)
	private String participants = "";

	ActivityForm() {
		setKind(null);
	}

	public @Nullable Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(@Nullable Long unitId) {
		this.unitId = unitId;
	}

	public String getParticipants() {
		return this.participants;
	}

	public void setParticipants(@Nullable String participants) {
		this.participants = (participants != null) ? participants : "";
	}

}
