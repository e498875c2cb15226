package dk.peerstoette.retention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A legal hold to place: its ground and, in words, its reason. */
public class HoldForm {

	@NotNull
	private @Nullable HoldGround holdGround;

	@NotBlank
	@Size(max = 300)
	private String reason = "";

	public @Nullable HoldGround getHoldGround() {
		return this.holdGround;
	}

	public void setHoldGround(@Nullable HoldGround holdGround) {
		this.holdGround = holdGround;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
