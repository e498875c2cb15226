package dk.peerstoette.logreview;

import jakarta.validation.constraints.Size;

import dk.peerstoette.audit.AuditReviews;

/**
 * An access marked reviewed, with the officer's comment, and the page of the log to
 * return to (a path of the log's own, checked before it is followed).
 */
public class ReviewForm {

	@Size(max = AuditReviews.MAX_COMMENT)
	private String comment = "";

	private String back = "";

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

	public String getBack() {
		return this.back;
	}

	public void setBack(String back) {
		this.back = back;
	}

}
