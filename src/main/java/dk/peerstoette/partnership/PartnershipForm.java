package dk.peerstoette.partnership;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A partnership's name and period; carries the version that was read when editing. */
class PartnershipForm {

	@NotBlank
	@Size(max = 150)
	private String name = "";

	private @Nullable LocalDate startsOn;

	private @Nullable LocalDate endsOn;

	private long version;

	static PartnershipForm of(Partnership partnership) {
		PartnershipForm form = new PartnershipForm();
		form.name = partnership.getName();
		form.startsOn = partnership.getStartsOn();
		form.endsOn = partnership.getEndsOn();
		form.version = partnership.getVersion();
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public @Nullable LocalDate getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(@Nullable LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public @Nullable LocalDate getEndsOn() {
		return this.endsOn;
	}

	public void setEndsOn(@Nullable LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
