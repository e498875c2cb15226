package dk.peerstoette.account;

import java.security.InvalidKeyException;
import java.security.Key;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

import dk.peerstoette.audit.AuditAction;
import dk.peerstoette.audit.AuditLog;
import dk.peerstoette.audit.AuditOutcome;
import dk.peerstoette.security.SecondFactors;
import dk.peerstoette.security.StaffUser;
import dk.peerstoette.web.FormProblems;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's second factor: a TOTP secret (RFC 6238: HMAC-SHA1, six digits, 30-second
 * steps, as every authenticator app reads it), enrolled by the user and confirmed with a
 * current code, and ten single-use recovery codes kept as {@link PasswordEncoder} hashes.
 * <p>
 * The secret must stay readable to check codes, so it is not hashed; it is shown to its
 * owner only until the enrolment is confirmed, never again, and no page or log carries it
 * after that. (Encrypting it under a key in the application's own configuration would
 * protect it only from someone holding the database without the configuration; see the
 * README.) A code is accepted once: the newest step used is kept.
 */
@Service
class SecondFactorService implements SecondFactors {

	static final int RECOVERY_CODES = 10;

	private static final String ENTITY = "SECOND_FACTOR";

	private static final String ISSUER = "Peer-støtte";

	private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator();

	private static final long STEP_SECONDS = TOTP.getTimeStep().toSeconds();

	private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog auditLog;

	private final Clock clock;

	SecondFactorService(JdbcClient jdbc, PasswordEncoder passwordEncoder, AuditLog auditLog, Clock clock) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * The secret to enrol, for a user without a confirmed factor: the one begun before
	 * (so that a reload shows the same code), or a new one. Empty once a factor is
	 * confirmed.
	 */
	@Transactional
	public Optional<Enrolment> enrolment(StaffUser user) {
		if (enrolled(user)) {
			return Optional.empty();
		}
		byte[] bytes = new byte[20];
		this.random.nextBytes(bytes);
		// Two pages opened at once both offer the key the first of them stored.
		this.jdbc.sql("insert into second_factor (user_id, secret) values (?, ?) on conflict (user_id) do nothing")
			.params(user.getId(), new Base32().encodeToString(bytes).replace("=", ""))
			.update();
		String secret = this.jdbc.sql("select secret from second_factor where user_id = ?")
			.param(user.getId())
			.query(String.class)
			.single();
		return Optional.of(new Enrolment(secret, otpauthUri(user, secret)));
	}

	/**
	 * Confirms the enrolment with a current code and gives the recovery codes, shown
	 * once.
	 */
	@Transactional
	public List<String> confirm(StaffUser user, String code, FormProblems problems) {
		Optional<Factor> factor = this.jdbc
			.sql("select secret, last_step from second_factor where user_id = ? and confirmed_at is null for update")
			.param(user.getId())
			.query(Factor.class)
			.optional();
		Optional<Long> step = factor.flatMap((pending) -> matchingStep(pending.secret(), code, pending.lastStep()));
		if (step.isEmpty()) {
			problems.add("code", "secondFactor.code.wrong");
			problems.throwIfAny();
			return List.of();
		}
		this.jdbc.sql("update second_factor set confirmed_at = ?, last_step = ? where user_id = ?")
			.params(java.sql.Timestamp.from(this.clock.instant()), step.get(), user.getId())
			.update();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			String recovery = recoveryCode();
			codes.add(recovery);
			this.jdbc.sql("insert into second_factor_recovery_code (user_id, code_hash) values (?, ?)")
				// Hashed as typed at sign-in: without the hyphen, in lower case.
				.params(user.getId(), this.passwordEncoder.encode(recovery.replace("-", "")))
				.update();
		}
		this.auditLog.record(AuditAction.CREATE, ENTITY, user.getId(), "RECOVERY_CODES=" + RECOVERY_CODES);
		return codes;
	}

	@Override
	public boolean enrolled(StaffUser user) {
		return this.jdbc.sql("select count(*) from second_factor where user_id = ? and confirmed_at is not null")
			.param(user.getId())
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Each use is one conditional update (a newer step, an unused code), so that requests
	 * sent at once use a code once, without holding a lock while the access log is
	 * written.
	 */
	@Override
	public boolean accept(StaffUser user, String code) {
		Optional<Factor> factor = this.jdbc
			.sql("select secret, last_step from second_factor where user_id = ? and confirmed_at is not null")
			.param(user.getId())
			.query(Factor.class)
			.optional();
		if (factor.isEmpty()) {
			return false;
		}
		String typed = code.strip().replace(" ", "").replace("-", "").toLowerCase(Locale.ROOT);
		String via;
		boolean accepted;
		if (typed.matches("[0-9]{6}")) {
			via = "TOTP";
			Optional<Long> step = matchingStep(factor.get().secret(), typed, factor.get().lastStep());
			accepted = step.isPresent()
					&& this.jdbc.sql("update second_factor set last_step = ? where user_id = ? and last_step < ?")
						.params(step.get(), user.getId(), step.get())
						.update() == 1;
		}
		else {
			via = "RECOVERY_CODE";
			accepted = useRecoveryCode(user, typed);
		}
		this.auditLog.recordSession(AuditAction.LOGIN, user.getId(), user.getUsername(),
				accepted ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE, "SECOND_FACTOR=" + via);
		return accepted;
	}

	/** Removes the user's factor, confirmed or begun, with its recovery codes. */
	boolean remove(long userId) {
		return this.jdbc.sql("delete from second_factor where user_id = ?").param(userId).update() > 0;
	}

	/** Unused recovery codes left, for the user's own page. */
	public int recoveryCodesLeft(StaffUser user) {
		return this.jdbc.sql("select count(*) from second_factor_recovery_code where user_id = ? and used_at is null")
			.param(user.getId())
			.query(Integer.class)
			.single();
	}

	private boolean useRecoveryCode(StaffUser user, String typed) {
		List<Recovery> unused = this.jdbc
			.sql("select id, code_hash from second_factor_recovery_code where user_id = ? and used_at is null")
			.param(user.getId())
			.query(Recovery.class)
			.list();
		for (Recovery recovery : unused) {
			if (this.passwordEncoder.matches(typed, recovery.codeHash())) {
				return this.jdbc
					.sql("update second_factor_recovery_code set used_at = ? where id = ? and used_at is null")
					.params(java.sql.Timestamp.from(this.clock.instant()), recovery.id())
					.update() == 1;
			}
		}
		return false;
	}

	/**
	 * The step, now or one either side (clocks drift), whose code this is, if newer than
	 * the last used.
	 */
	private Optional<Long> matchingStep(String secret, String code, long lastStep) {
		String typed = code.strip().replace(" ", "");
		Key key = new SecretKeySpec(new Base32().decode(secret), TOTP.getAlgorithm());
		long now = this.clock.instant().getEpochSecond() / STEP_SECONDS;
		for (long step = now - 1; step <= now + 1; step++) {
			try {
				if (step > lastStep && TOTP
					.generateOneTimePasswordString(key, Instant.ofEpochSecond(step * STEP_SECONDS), Locale.ROOT)
					.equals(typed)) {
					return Optional.of(step);
				}
			}
			catch (InvalidKeyException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return Optional.empty();
	}

	private String recoveryCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			if (i == 5) {
				code.append('-');
			}
			code.append(RECOVERY_ALPHABET.charAt(this.random.nextInt(RECOVERY_ALPHABET.length())));
		}
		return code.toString();
	}

	private static String otpauthUri(StaffUser user, String secret) {
		String label = java.net.URLEncoder
			.encode(ISSUER + ":" + user.getUsername(), java.nio.charset.StandardCharsets.UTF_8)
			.replace("+", "%20");
		String issuer = java.net.URLEncoder.encode(ISSUER, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + issuer
				+ "&algorithm=SHA1&digits=6&period=" + STEP_SECONDS;
	}

	/**
	 * A secret to enrol, as text and as the URI an authenticator app reads from the QR
	 * code.
	 */
	record Enrolment(String secret, String uri) {
	}

	record Factor(String secret, long lastStep) {
	}

	record Recovery(long id, String codeHash) {
	}

}
