package dk.peerstoette.interview;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import dk.peerstoette.partnership.PeerRole;

/**
 * A stratified random draw: the candidates are put in strata (their organisation, and
 * what the draw is stratified by), and from each stratum the given number of each kind is
 * drawn. Every person has a place given by the seed alone (a hash of the seed and who
 * they are, as the access log's sample orders by one), and a stratum gives the first in
 * that order. So the same seed draws the same people however many others there are, and a
 * coordinator who opens a manager's draw gets exactly its part in their organisation. A
 * peer worker of several units stands in each unit's stratum and is drawn once at most.
 */
final class StratifiedDraw {

	private StratifiedDraw() {
	}

	/** Who may be drawn. */
	enum Kind {

		RECIPIENT, PEER_WORKER

	}

	/**
	 * One place a person may be drawn from: with the unit, model and role the strata may
	 * take.
	 */
	record Candidate(Kind kind, long id, long organisationId, @Nullable Long unitId, @Nullable Long modelId,
			@Nullable PeerRole role) {
	}

	/**
	 * A stratum: its organisation, and its unit, model and role where the draw is
	 * stratified by them (null there: none, or not stratified by it).
	 */
	record Key(long organisationId, @Nullable Long unitId, @Nullable Long modelId, @Nullable PeerRole role) {
	}

	/** A stratum and whom it gave, in their drawn order. */
	record Drawn(Key key, List<Long> recipients, List<Long> peerWorkers) {
	}

	/** In a fixed order of ids, so that a person's strata are always visited alike. */
	private static final Comparator<Key> ORDER = Comparator.comparingLong(Key::organisationId)
		.thenComparing(Key::unitId, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Key::modelId, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Key::role, Comparator.nullsLast(Comparator.naturalOrder()));

	static List<Drawn> draw(long seed, Set<Stratum> strata, int recipients, int peerWorkers,
			List<Candidate> candidates) {
		Map<Key, List<Candidate>> byStratum = new TreeMap<>(ORDER);
		for (Candidate candidate : candidates) {
			Key key = new Key(candidate.organisationId(), strata.contains(Stratum.UNIT) ? candidate.unitId() : null,
					strata.contains(Stratum.MODEL) ? candidate.modelId() : null,
					strata.contains(Stratum.ROLE) ? candidate.role() : null);
			byStratum.computeIfAbsent(key, (k) -> new ArrayList<>()).add(candidate);
		}
		Set<String> taken = new HashSet<>();
		List<Drawn> drawn = new ArrayList<>();
		byStratum
			.forEach((key, members) -> drawn.add(new Drawn(key, first(seed, members, Kind.RECIPIENT, recipients, taken),
					first(seed, members, Kind.PEER_WORKER, peerWorkers, taken))));
		return drawn;
	}

	private static List<Long> first(long seed, List<Candidate> members, Kind kind, int size, Set<String> taken) {
		List<Long> ordered = members.stream()
			.filter((member) -> member.kind() == kind)
			.map(Candidate::id)
			.distinct()
			.sorted(Comparator.comparingLong((Long id) -> place(seed, kind, id))
				.thenComparing(Comparator.naturalOrder()))
			.toList();
		List<Long> first = new ArrayList<>();
		for (Long id : ordered) {
			if (first.size() == size) {
				break;
			}
			if (taken.add(kind + ":" + id)) {
				first.add(id);
			}
		}
		return first;
	}

	/** A person's place in the seed's order: a hash of the seed and who they are. */
	static long place(long seed, Kind kind, long id) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest((seed + ":" + kind + ":" + id).getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.wrap(hash).getLong();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
