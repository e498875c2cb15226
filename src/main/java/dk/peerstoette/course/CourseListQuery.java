package dk.peerstoette.course;

import org.jspecify.annotations.Nullable;

/**
 * The search and filters of the course list, as given in the URL. {@code mentorRule}
 * keeps only mentor courses that break {@link MentorRule}.
 */
record CourseListQuery(@Nullable String text, @Nullable Long unitId, @Nullable CourseStatus status,
		@Nullable CourseKind kind, @Nullable Long peerWorkerId, boolean mentorRule) {

	boolean hasText() {
		return this.text != null && !this.text.isBlank();
	}

	@Override
	public String text() {
		return (this.text != null) ? this.text.strip() : "";
	}

}
