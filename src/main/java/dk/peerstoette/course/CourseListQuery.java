package dk.peerstoette.course;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.SearchCriteria;

/**
 * The search and filters of the course list, as given in the URL. {@code mentorRule}
 * keeps only mentor courses that break {@link MentorRule}.
 */
record CourseListQuery(@Nullable String text, @Nullable Long unitId, @Nullable CourseStatus status,
		@Nullable CourseKind kind, @Nullable Long peerWorkerId, boolean mentorRule) {

	/** The search and filters with their values, as the access log keeps a search. */
	SearchCriteria criteria() {
		return SearchCriteria.of("q", this.text)
			.and("unit", this.unitId)
			.and("status", this.status)
			.and("kind", this.kind)
			.and("peerWorker", this.peerWorkerId)
			.and("mentorRule", this.mentorRule ? true : null);
	}

	boolean hasText() {
		return this.text != null && !this.text.isBlank();
	}

	@Override
	public String text() {
		return (this.text != null) ? this.text.strip() : "";
	}

}
