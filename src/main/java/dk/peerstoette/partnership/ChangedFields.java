package dk.peerstoette.partnership;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The fields an edit of the programme structure changed, for its audit entry: their
 * names, never their values.
 */
public final class ChangedFields {

	private final List<String> names = new ArrayList<>();

	/** Notes {@code field} as changed when {@code after} differs from {@code before}. */
	public ChangedFields compare(String field, @Nullable Object before, @Nullable Object after) {
		if (!Objects.equals(before, after)) {
			this.names.add(field);
		}
		return this;
	}

	/** The audit detail, e.g. {@code FIELDS=name,kind}. */
	public String detail() {
		return "FIELDS=" + String.join(",", this.names);
	}

}
