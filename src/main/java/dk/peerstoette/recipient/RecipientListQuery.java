package dk.peerstoette.recipient;

import org.jspecify.annotations.Nullable;

/** The search and filters of the recipient list, as given in the URL. */
record RecipientListQuery(@Nullable String text, @Nullable Long unitId, @Nullable Long targetGroupId,
		@Nullable Long peerWorkerId, @Nullable ConsentFilter consent) {

	boolean hasText() {
		return this.text != null && !this.text.isBlank();
	}

	@Override
	public String text() {
		return (this.text != null) ? this.text.strip() : "";
	}

	boolean isFiltered() {
		return hasText() || this.unitId != null || this.targetGroupId != null || this.peerWorkerId != null
				|| this.consent != null;
	}

}
