package dk.peerstoette.staffsurvey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The answer links of the rounds. A link's token is 256 random bits, written as 43
 * characters of base64url; only its SHA-256 is stored (a token that long needs no slow
 * hash), so the database cannot give the links back, and a token is shown once, when it
 * is made. A link is spent by deleting its row, in the answer's transaction: what is left
 * are the links not used, none of which can be matched with an answer.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class AnswerLinks {

	private static final int TOKEN_BYTES = 32;

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	AnswerLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Makes links for the round; the tokens are returned and kept nowhere. */
	List<String> create(long roundId, int count) {
		List<String> tokens = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			byte[] bytes = new byte[TOKEN_BYTES];
			this.random.nextBytes(bytes);
			String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
			this.jdbc.sql("insert into staff_survey_link (token_hash, round_id) values (?, ?)")
				.params(hash(token), roundId)
				.update();
			tokens.add(token);
		}
		return tokens;
	}

	/** The round of a link that may still be used. */
	Optional<Long> roundOf(@Nullable String token) {
		if (!isWellFormed(token)) {
			return Optional.empty();
		}
		return this.jdbc.sql("select round_id from staff_survey_link where token_hash = ?")
			.param(hash(token))
			.query(Long.class)
			.optional();
	}

	/**
	 * Uses a link up: of requests sent with the same token at once, exactly one gets its
	 * round (the row's lock makes the others wait, and then find it gone).
	 */
	Optional<Long> spend(@Nullable String token) {
		if (!isWellFormed(token)) {
			return Optional.empty();
		}
		return this.jdbc.sql("delete from staff_survey_link where token_hash = ? returning round_id")
			.param(hash(token))
			.query(Long.class)
			.optional();
	}

	/** The links of a round not used yet. */
	int unused(long roundId) {
		return this.jdbc.sql("select count(*) from staff_survey_link where round_id = ?")
			.param(roundId)
			.query(Integer.class)
			.single();
	}

	/** Spends every link of a round that closes. */
	void removeAll(long roundId) {
		this.jdbc.sql("delete from staff_survey_link where round_id = ?").param(roundId).update();
	}

	private static boolean isWellFormed(@Nullable String token) {
		return token != null && TOKEN.matcher(token).matches();
	}

	static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
