package dk.peerstoette.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The passwords of the embedded database's three roles, generated at its first start and
 * kept in {@code <data-dir>/pgpass}, readable by the owner of the file alone (POSIX 0600;
 * on Windows the ACL the user profile gives its files). The file is in PostgreSQL's
 * password file format, so {@code PGPASSFILE=data/pgpass pg_dump …} uses it as it is.
 */
record DatabasePasswords(DatabaseLogin superuser, DatabaseLogin owner, DatabaseLogin application) {

	static final String FILE_NAME = "pgpass";

	static final String SUPERUSER = "postgres";

	/** Owns the schema; Flyway migrates as this role. */
	static final String OWNER = "peerstoette_owner";

	/**
	 * The application's connections: rows only. The name is also in
	 * {@code db/roles/application-privileges.sql}.
	 */
	static final String APPLICATION = "peerstoette_app";

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private static final Logger log = LoggerFactory.getLogger(DatabasePasswords.class);

	private static final SecureRandom random = new SecureRandom();

	static DatabasePasswords generate() {
		return new DatabasePasswords(new DatabaseLogin(SUPERUSER, newPassword()),
				new DatabaseLogin(OWNER, newPassword()), new DatabaseLogin(APPLICATION, newPassword()));
	}

	/** 256 random bits in URL-safe Base64: no character that the file format escapes. */
	private static String newPassword() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * The stored passwords, or nothing if the file is missing or lacks one of them (then
	 * new ones are set). A file that others may read is made the owner's alone first.
	 */
	static Optional<DatabasePasswords> read(Path dataDirectory) throws IOException {
		Path file = dataDirectory.resolve(FILE_NAME);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		if (isPosix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
			log.warn("{} could be read by others; it is now readable by its owner only", file);
			Files.setPosixFilePermissions(file, OWNER_ONLY);
		}
		Map<String, String> passwords = new HashMap<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			// host:port:database:username:password
			String[] fields = line.split(":", 5);
			if (!line.startsWith("#") && fields.length == 5) {
				passwords.put(fields[3], fields[4]);
			}
		}
		if (!passwords.keySet().containsAll(List.of(SUPERUSER, OWNER, APPLICATION))) {
			return Optional.empty();
		}
		return Optional.of(new DatabasePasswords(new DatabaseLogin(SUPERUSER, passwords.get(SUPERUSER)),
				new DatabaseLogin(OWNER, passwords.get(OWNER)),
				new DatabaseLogin(APPLICATION, passwords.get(APPLICATION))));
	}

	/**
	 * Replaces the file in one step; the new one is created owner-only, so the passwords
	 * are never readable by others, not even for a moment.
	 */
	void write(Path dataDirectory) throws IOException {
		Path file = dataDirectory.resolve(FILE_NAME);
		Path written = isPosix(dataDirectory)
				? Files.createTempFile(dataDirectory, FILE_NAME, ".tmp",
						PosixFilePermissions.asFileAttribute(OWNER_ONLY))
				: Files.createTempFile(dataDirectory, FILE_NAME, ".tmp");
		try {
			Files.write(written,
					List.of("# The passwords of the embedded PostgreSQL (generated at its first start; delete this",
							"# file while the application is stopped to get new ones). For pg_dump and psql:",
							"# PGPASSFILE=<this file> pg_dump -h localhost -p <port> -U postgres postgres",
							line(this.superuser), line(this.owner), line(this.application)),
					StandardCharsets.UTF_8);
			Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(written);
		}
	}

	private static String line(DatabaseLogin login) {
		return "localhost:*:*:" + login.username() + ":" + login.password();
	}

	static boolean isPosix(Path path) {
		return path.getFileSystem().supportedFileAttributeViews().contains("posix");
	}

	@Override
	public String toString() {
		return "DatabasePasswords[" + this.superuser.username() + ", " + this.owner.username() + ", "
				+ this.application.username() + "]";
	}

}
