package dk.peerstoette.recipient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A recipient of peer support, pseudonymous by design: an alias and an internal number,
 * never a CPR number. Organisation, unit and managed-list values are kept by id; they
 * belong to the partnership module. Its network (relatives who take part, counted by
 * role) is part of the record: a change to it is a change of the recipient, under the
 * same version.
 */
@Entity
class Recipient {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(updatable = false)
	private String internalNumber;

	private String alias;

	private @Nullable String externalReference;

	private @Nullable Integer birthYear;

	@Enumerated(EnumType.STRING)
	private Gender gender = Gender.NOT_STATED;

	@Column(updatable = false)
	private long organisationId;

	private long unitId;

	private long targetGroupId;

	private @Nullable LocalDate referralDate;

	private @Nullable Long referralSourceId;

	/** How many relatives of each role take part; a role without any has no entry. */
	@ElementCollection
	@CollectionTable(name = "recipient_network", joinColumns = @JoinColumn(name = "recipient_id"))
	@MapKeyColumn(name = "role")
	@MapKeyEnumerated(EnumType.STRING)
	@Column(name = "relatives")
	private Map<NetworkRole, Integer> network = new HashMap<>();

	/** Set by {@link RecipientAnonymisation}, which rewrites the row in SQL. */
	@Column(insertable = false, updatable = false)
	private @Nullable LocalDate anonymisedOn;

	@Column(updatable = false)
	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@SuppressWarnings("NullAway")
	protected Recipient() {
	}

	Recipient(String internalNumber, long organisationId, RecipientDescription description, Instant now) {
		this.internalNumber = internalNumber;
		this.organisationId = organisationId;
		this.alias = description.alias();
		this.createdAt = now;
		describe(description, now);
	}

	/** Takes the values of a checked form. */
	void describe(RecipientDescription description, Instant now) {
		this.alias = description.alias();
		this.externalReference = description.externalReference();
		this.birthYear = description.birthYear();
		this.gender = description.gender();
		this.unitId = description.unitId();
		this.targetGroupId = description.targetGroupId();
		this.referralDate = description.referralDate();
		this.referralSourceId = description.referralSourceId();
		this.updatedAt = now;
	}

	/** The fields that differ from a description, by form field name. */
	List<String> changedFields(RecipientDescription description) {
		List<String> changed = new ArrayList<>();
		if (!this.alias.equals(description.alias())) {
			changed.add("alias");
		}
		if (!Objects.equals(this.externalReference, description.externalReference())) {
			changed.add("externalReference");
		}
		if (!Objects.equals(this.birthYear, description.birthYear())) {
			changed.add("birthYear");
		}
		if (this.gender != description.gender()) {
			changed.add("gender");
		}
		if (this.unitId != description.unitId()) {
			changed.add("unitId");
		}
		if (this.targetGroupId != description.targetGroupId()) {
			changed.add("targetGroupId");
		}
		if (!Objects.equals(this.referralDate, description.referralDate())) {
			changed.add("referralDate");
		}
		if (!Objects.equals(this.referralSourceId, description.referralSourceId())) {
			changed.add("referralSourceId");
		}
		return changed;
	}

	/**
	 * Notes the network: the count of every role, 0 for none.
	 * @return the roles whose count changed, in order
	 */
	List<NetworkRole> noteNetwork(Map<NetworkRole, Integer> counts, Instant now) {
		List<NetworkRole> changed = new ArrayList<>();
		for (NetworkRole role : NetworkRole.values()) {
			int count = counts.getOrDefault(role, 0);
			if (count != this.network.getOrDefault(role, 0)) {
				changed.add(role);
				// Changed in place, so that Hibernate writes only the rows that differ.
				if (count == 0) {
					this.network.remove(role);
				}
				else {
					this.network.put(role, count);
				}
			}
		}
		if (!changed.isEmpty()) {
			this.updatedAt = now;
		}
		return changed;
	}

	/** The network in the roles' order. */
	Map<NetworkRole, Integer> getNetwork() {
		Map<NetworkRole, Integer> network = new EnumMap<>(NetworkRole.class);
		network.putAll(this.network);
		return network;
	}

	@Nullable Long getId() {
		return this.id;
	}

	String getInternalNumber() {
		return this.internalNumber;
	}

	String getAlias() {
		return this.alias;
	}

	@Nullable String getExternalReference() {
		return this.externalReference;
	}

	@Nullable Integer getBirthYear() {
		return this.birthYear;
	}

	Gender getGender() {
		return this.gender;
	}

	long getOrganisationId() {
		return this.organisationId;
	}

	long getUnitId() {
		return this.unitId;
	}

	long getTargetGroupId() {
		return this.targetGroupId;
	}

	@Nullable LocalDate getReferralDate() {
		return this.referralDate;
	}

	@Nullable Long getReferralSourceId() {
		return this.referralSourceId;
	}

	@Nullable LocalDate getAnonymisedOn() {
		return this.anonymisedOn;
	}

	boolean isAnonymised() {
		return this.anonymisedOn != null;
	}

	long getVersion() {
		return this.version;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	RecipientLabel label() {
		return new RecipientLabel(Objects.requireNonNull(this.id), this.internalNumber, this.alias);
	}

}
