package dk.peerstoette.logreview;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.SearchCriteria;

/**
 * The officer's question to the access log, as typed in the filter (a GET form, so a
 * question is a link): a recipient's internal number, a username, a period in whole days,
 * a kind of access, refusals only.
 */
public class AccessLogQuery {

	@Size(max = 20)
	private @Nullable String recipient;

	@Size(max = 50)
	private @Nullable String user;

	private @Nullable LocalDate from;

	private @Nullable LocalDate to;

	private @Nullable AuditAction action;

	private boolean refusals;

	public @Nullable String getRecipient() {
		return this.recipient;
	}

	public void setRecipient(@Nullable String recipient) {
		this.recipient = recipient;
	}

	public @Nullable String getUser() {
		return this.user;
	}

	public void setUser(@Nullable String user) {
		this.user = user;
	}

	public @Nullable LocalDate getFrom() {
		return this.from;
	}

	public void setFrom(@Nullable LocalDate from) {
		this.from = from;
	}

	public @Nullable LocalDate getTo() {
		return this.to;
	}

	public void setTo(@Nullable LocalDate to) {
		this.to = to;
	}

	public @Nullable AuditAction getAction() {
		return this.action;
	}

	public void setAction(@Nullable AuditAction action) {
		this.action = action;
	}

	public boolean isRefusals() {
		return this.refusals;
	}

	public void setRefusals(boolean refusals) {
		this.refusals = refusals;
	}

	/** The question as the access log keeps it. */
	SearchCriteria criteria() {
		return SearchCriteria.of("recipient", this.recipient)
			.and("user", this.user)
			.and("from", this.from)
			.and("to", this.to)
			.and("action", this.action)
			.and("refusals", this.refusals ? Boolean.TRUE : null);
	}

}
