package dk.peerstoette.peer;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A course of training to add to a peer worker's record. */
class TrainingForm {

	@NotBlank
	@Size(max = 150)
	private String courseName = "";

	@NotNull
	private @Nullable LocalDate completedOn;

	@Size(max = 150)
	private String provider = "";

	public String getCourseName() {
		return this.courseName;
	}

	public void setCourseName(String courseName) {
		this.courseName = courseName;
	}

	public @Nullable LocalDate getCompletedOn() {
		return this.completedOn;
	}

	public void setCompletedOn(@Nullable LocalDate completedOn) {
		this.completedOn = completedOn;
	}

	public String getProvider() {
		return this.provider;
	}

	public void setProvider(String provider) {
		this.provider = provider;
	}

}
