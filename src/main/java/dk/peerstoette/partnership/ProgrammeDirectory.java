package dk.peerstoette.partnership;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the programme structure for other modules' forms and checks. */
@Service
@Transactional(readOnly = true)
public class ProgrammeDirectory {

	/**
	 * The condition that organisation o shares an active partnership with :organisationId
	 * on the day :on.
	 */
	private static final String SHARED_PARTNERSHIP = """
			select 1 from partnership p
			join partnership_membership a on a.partnership_id = p.id and a.organisation_id = :organisationId
			join partnership_membership b on b.partnership_id = p.id and b.organisation_id = o.id
			where p.active
			  and (a.starts_on is null or a.starts_on <= :on) and (a.ends_on is null or a.ends_on >= :on)
			  and (b.starts_on is null or b.starts_on <= :on) and (b.ends_on is null or b.ends_on >= :on)
			""";

	private final OrganisationRepository organisations;

	private final PartnershipRepository partnerships;

	private final UnitRepository units;

	private final PeerSupportModelRepository models;

	private final PartnershipMembershipRepository memberships;

	private final JdbcClient jdbc;

	ProgrammeDirectory(OrganisationRepository organisations, PartnershipRepository partnerships, UnitRepository units,
			PeerSupportModelRepository models, PartnershipMembershipRepository memberships, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.partnerships = partnerships;
		this.units = units;
		this.models = models;
		this.memberships = memberships;
	}

	public List<Choice> organisationChoices() {
		return this.organisations.findActiveChoices();
	}

	/** Every organisation by name, active or not: for a list filter. */
	public List<Choice> allOrganisationChoices() {
		return this.organisations.findAllChoices();
	}

	public List<Choice> partnershipChoices() {
		return this.partnerships.findActiveChoices();
	}

	/** An organisation's name, active or not. */
	public String organisationName(long id) {
		return this.organisations.findNameById(id);
	}

	public boolean isActiveOrganisation(long id) {
		return this.organisations.findById(id).map(Organisation::isActive).orElse(false);
	}

	public boolean isActivePartnership(long id) {
		return this.partnerships.findById(id).map(Partnership::isActive).orElse(false);
	}

	/** The active units of an organisation, by name. */
	public List<Choice> unitChoices(long organisationId) {
		return this.units.findActiveChoices(organisationId);
	}

	/**
	 * Whether a unit is active and belongs to the organisation: what a form may store.
	 */
	public boolean isActiveUnitOf(@Nullable Long unitId, long organisationId) {
		return unitId != null && this.units.findById(unitId)
			.filter((unit) -> unit.isActive() && organisationId == unit.getOrganisation().getId())
			.isPresent();
	}

	/** The active peer-support models, by name. */
	public List<Choice> modelChoices() {
		return this.models.findActiveChoices();
	}

	public boolean isActiveModel(@Nullable Long modelId) {
		return modelId != null && this.models.findById(modelId).map(PeerSupportModel::isActive).orElse(false);
	}

	/**
	 * The organisations whose aggregates a manager may read: every organisation that is
	 * or was a member of the manager's partnership, and the manager's own organisation. A
	 * membership that has ended still counts, so that earlier periods can be reported on.
	 */
	public List<Long> organisationsOfPartnership(@Nullable Long partnershipId, @Nullable Long ownOrganisationId) {
		Set<Long> ids = new TreeSet<>();
		if (partnershipId != null) {
			ids.addAll(this.memberships.findOrganisationIdsOfPartnership(partnershipId));
		}
		if (ownOrganisationId != null) {
			ids.add(ownOrganisationId);
		}
		return List.copyOf(ids);
	}

	/** Names of units (active or not), by id. */
	public Map<Long, String> unitNames(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		// In SQL: Hibernate translates a query with a list parameter anew at every call.
		Map<Long, String> names = new HashMap<>();
		this.jdbc.sql("select id, name from unit where id in (:ids)")
			.param("ids", ids)
			.query((RowCallbackHandler) (row) -> names.put(row.getLong(1), row.getString(2)));
		return names;
	}

	/**
	 * The active organisations that share a partnership with the organisation on the day:
	 * both are members then (a membership's first and last days count) of an active
	 * partnership. For a referral and the consent that allows it.
	 */
	public List<Choice> partnerOrganisationChoices(long organisationId, LocalDate on) {
		return this.jdbc.sql("""
				select distinct o.id, o.name from organisation o
				where o.active and o.id <> :organisationId and exists (%s)
				order by o.name, o.id
				""".formatted(SHARED_PARTNERSHIP))
			.param("organisationId", organisationId)
			.param("on", on)
			.query((row, n) -> new Choice(row.getLong(1), row.getString(2)))
			.list();
	}

	/**
	 * The active units of the partner organisations (see
	 * {@link #partnerOrganisationChoices}), named with their organisation.
	 */
	public List<PartnerUnit> partnerUnits(long organisationId, LocalDate on) {
		return this.jdbc.sql("""
				select u.id, u.name, o.id, o.name from unit u join organisation o on o.id = u.organisation_id
				where u.active and o.active and o.id <> :organisationId and exists (%s)
				order by o.name, u.name, u.id
				""".formatted(SHARED_PARTNERSHIP))
			.param("organisationId", organisationId)
			.param("on", on)
			.query((row, n) -> new PartnerUnit(row.getLong(1), row.getString(2), row.getLong(3), row.getString(4)))
			.list();
	}

	/**
	 * A partnership that both organisations are members of on the day, if any: the one
	 * that allows a referral between them.
	 */
	public Optional<Long> sharedPartnership(long organisationId, long partnerId, LocalDate on) {
		return this.jdbc.sql("""
				select p.id from partnership p
				join partnership_membership a on a.partnership_id = p.id and a.organisation_id = :organisationId
				join partnership_membership b on b.partnership_id = p.id and b.organisation_id = :partnerId
				where p.active
				  and (a.starts_on is null or a.starts_on <= :on) and (a.ends_on is null or a.ends_on >= :on)
				  and (b.starts_on is null or b.starts_on <= :on) and (b.ends_on is null or b.ends_on >= :on)
				order by p.id limit 1
				""")
			.param("organisationId", organisationId)
			.param("partnerId", partnerId)
			.param("on", on)
			.query(Long.class)
			.optional();
	}

	/** The organisation of an active unit. */
	public Optional<Long> organisationOfActiveUnit(long unitId) {
		return this.units.findById(unitId)
			.filter(Unit::isActive)
			.map((unit) -> Objects.requireNonNull(unit.getOrganisation().getId()));
	}

	/**
	 * The regions an organisation belongs to, as the evaluation attributed quotes
	 * ("Region Sjælland"): itself if it is a region, else the regions among the members
	 * of every partnership it is or was a member of. One answer is the region; none or
	 * several leave it to be chosen.
	 */
	public List<Choice> regionsOf(long organisationId) {
		return this.jdbc.sql("""
				select distinct r.id, r.name from organisation o
				join organisation r on (o.kind = 'REGION' and r.id = o.id)
				    or (o.kind <> 'REGION' and r.kind = 'REGION' and exists (
				        select 1 from partnership_membership a
				        join partnership_membership b on b.partnership_id = a.partnership_id
				        where a.organisation_id = o.id and b.organisation_id = r.id))
				where o.id = :organisationId
				order by r.name, r.id
				""").param("organisationId", organisationId).query(Choice.class).list();
	}

	/** The active regions, by name: to choose from where none can be worked out. */
	public List<Choice> regionChoices() {
		return this.jdbc.sql("select id, name from organisation where kind = 'REGION' and active order by name, id")
			.query(Choice.class)
			.list();
	}

	/** Names of models (active or not), by id. */
	public Map<Long, String> modelNames(Collection<Long> ids) {
		return this.models.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(PeerSupportModel::getId, PeerSupportModel::getName, (a, b) -> a));
	}

}
