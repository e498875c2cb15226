package dk.peerstoette.retention;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * An erasure on the recipient's request: its ground under Art. 17(1), and the
 * coordinator's confirmation that no law requires the organisation to keep the record
 * (Art. 17(3)), since a public body often must.
 */
public class ErasureForm {

	@NotNull
	private @Nullable ErasureGround erasureGround;

	private boolean confirmed;

	public @Nullable ErasureGround getErasureGround() {
		return this.erasureGround;
	}

	public void setErasureGround(@Nullable ErasureGround erasureGround) {
		this.erasureGround = erasureGround;
	}

	public boolean isConfirmed() {
		return this.confirmed;
	}

	public void setConfirmed(boolean confirmed) {
		this.confirmed = confirmed;
	}

}
