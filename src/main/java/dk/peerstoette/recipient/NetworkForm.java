package dk.peerstoette.recipient;

import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.web.FormProblems;

/**
 * A recipient's network as the form shows and sends it: how many relatives of each role
 * take part ({@code relatives[PARENT]}; empty is none), with the recipient's version that
 * was read.
 */
class NetworkForm {

	/** The most relatives of one role; the table allows no more. */
	static final int MOST = 20;

	private Map<NetworkRole, @Nullable Integer> relatives = new EnumMap<>(NetworkRole.class);

	private long version;

	static NetworkForm of(RecipientView recipient) {
		NetworkForm form = new NetworkForm();
		form.relatives.putAll(recipient.network());
		form.version = recipient.version();
		return form;
	}

	/** Each count is a number of relatives, 0 to {@link #MOST}. */
	void check(FormProblems problems) {
		this.relatives.forEach((role, count) -> {
			if (count != null && (count < 0 || count > MOST)) {
				problems.add("relatives[" + role.name() + "]", "recipient.network.range", 0, MOST);
			}
		});
	}

	/** The counts of every role, 0 for one left empty. */
	Map<NetworkRole, Integer> counts() {
		Map<NetworkRole, Integer> counts = new EnumMap<>(NetworkRole.class);
		for (NetworkRole role : NetworkRole.values()) {
			Integer count = this.relatives.get(role);
			counts.put(role, (count != null) ? count : 0);
		}
		return counts;
	}

	/** The map itself, which the binder fills by key. */
	public Map<NetworkRole, @Nullable Integer> getRelatives() {
		return this.relatives;
	}

	public void setRelatives(Map<NetworkRole, @Nullable Integer> relatives) {
		this.relatives = new EnumMap<>(NetworkRole.class);
		this.relatives.putAll(relatives);
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
