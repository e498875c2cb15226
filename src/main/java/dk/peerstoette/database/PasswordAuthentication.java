package dk.peerstoette.database;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.postgresql.util.PasswordUtil;

/**
 * Makes the cluster ask every connection for a password, before its server listens:
 * {@code initdb}, as the library runs it, trusts every local connection, so that any
 * account on the machine could connect as the superuser.
 */
final class PasswordAuthentication {

	/**
	 * The whole of {@code pg_hba.conf}: SCRAM-SHA-256 over the local socket and over TCP
	 * from this machine; nothing else is let in (no replication, no other host).
	 */
	static final List<String> RULES = List.of(
			"# Written by the application at every start: every connection needs a password.",
			"# The passwords are in the file pgpass beside this cluster's directory.",
			"local   all   all                 scram-sha-256", "host    all   all   127.0.0.1/32  scram-sha-256",
			"host    all   all   ::1/128       scram-sha-256");

	private PasswordAuthentication() {
	}

	/** While the server is stopped. */
	static void require(Path cluster, DatabaseLogin superuser, boolean setSuperuserPassword) throws IOException {
		if (setSuperuserPassword) {
			setPassword(cluster, superuser);
		}
		Path rules = cluster.resolve("pg_hba.conf");
		if (!Files.readAllLines(rules, StandardCharsets.UTF_8).equals(RULES)) {
			Files.write(rules, RULES, StandardCharsets.UTF_8);
		}
	}

	/**
	 * In single-user mode, which does not listen at all. Only the SCRAM verifier reaches
	 * the server, never the password.
	 */
	private static void setPassword(Path cluster, DatabaseLogin login) throws IOException {
		List<String> command = new ArrayList<>(PostgresBinaries.command("postgres"));
		command.addAll(List.of("--single", "-D", cluster.toString(), "postgres"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		try (Writer input = process.outputWriter(StandardCharsets.UTF_8)) {
			input.write(PasswordUtil.genAlterUserPasswordSQL(login.username(), login.password().toCharArray(),
					"scram-sha-256") + "\n");
		}
		catch (SQLException ex) {
			process.destroy();
			throw new IllegalStateException(ex);
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		int exitCode;
		try {
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroy();
				throw new IOException("PostgreSQL in single-user mode did not finish within 60 seconds");
			}
			exitCode = process.exitValue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
		if (exitCode != 0 || output.contains("ERROR:") || output.contains("FATAL:")) {
			throw new IOException(
					"Could not set the password of " + login.username() + " in single-user mode (exit code " + exitCode
							+ "): " + output.replaceAll("SCRAM-SHA-256\\$[^']*", "…"));
		}
	}

}
