package dk.peerstoette.database;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

import org.postgresql.util.PasswordUtil;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The owner of the schema and the application's role, as in production (see
 * {@code src/main/docker/initdb}): the owner migrates, the application reads and writes
 * rows and owns nothing, so that not even a flaw in the application can switch off the
 * trigger that keeps the access log append-only. Set at every start, by the superuser:
 * creates what is missing, sets the passwords from the password file, and hands the owner
 * whatever the superuser still owns in the schema (everything, in a data directory of a
 * release before this split).
 */
final class DatabaseRoles {

	static final String PRIVILEGES_SCRIPT = "db/roles/application-privileges.sql";

	private static final String HAND_TO_OWNER = """
			do $$
			declare
			    owner_role constant text := '{owner}';
			    object record;
			begin
			    -- Sequences of identity and serial columns move with their table.
			    for object in
			        select format('alter %s %s owner to %I',
			                      case c.relkind when 'v' then 'view' when 'm' then 'materialized view'
			                                     when 'S' then 'sequence' when 'f' then 'foreign table'
			                                     else 'table' end,
			                      c.oid::regclass, owner_role) as statement
			        from pg_class c
			        join pg_namespace n on n.oid = c.relnamespace
			        where n.nspname = 'public'
			          and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
			          and pg_get_userbyid(c.relowner) <> owner_role
			          and not exists (select from pg_depend d
			                          where d.classid = 'pg_class'::regclass and d.objid = c.oid
			                            and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i'))
			    loop
			        execute object.statement;
			    end loop;
			    for object in
			        select format('alter routine %s owner to %I', p.oid::regprocedure, owner_role) as statement
			        from pg_proc p
			        join pg_namespace n on n.oid = p.pronamespace
			        where n.nspname = 'public' and pg_get_userbyid(p.proowner) <> owner_role
			    loop
			        execute object.statement;
			    end loop;
			    for object in
			        select format('alter %s %s owner to %I', case t.typtype when 'd' then 'domain' else 'type' end,
			                      t.oid::regtype, owner_role) as statement
			        from pg_type t
			        join pg_namespace n on n.oid = t.typnamespace
			        where n.nspname = 'public' and pg_get_userbyid(t.typowner) <> owner_role
			          and (t.typtype in ('e', 'd', 'r')
			               or (t.typtype = 'c' and (select c.relkind from pg_class c where c.oid = t.typrelid) = 'c'))
			    loop
			        execute object.statement;
			    end loop;
			end
			$$
			""".replace("{owner}", DatabasePasswords.OWNER);

	private DatabaseRoles() {
	}

	static void apply(String jdbcUrl, DatabasePasswords passwords) throws SQLException {
		try (Connection connection = connect(jdbcUrl, passwords.superuser())) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				for (DatabaseLogin role : List.of(passwords.owner(), passwords.application())) {
					statement.execute("do $$ begin if not exists (select from pg_roles where rolname = '"
							+ role.username() + "') then create role " + role.username() + "; end if; end $$");
					statement.execute("alter role " + role.username()
							+ " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls");
					statement.execute(PasswordUtil.genAlterUserPasswordSQL(role.username(),
							role.password().toCharArray(), "scram-sha-256"));
				}
				statement.execute("alter schema public owner to " + DatabasePasswords.OWNER);
				statement.execute(HAND_TO_OWNER);
				// As the owner, so that the default privileges are the owner's.
				statement.execute("set local role " + DatabasePasswords.OWNER);
				ScriptUtils.executeSqlScript(connection,
						new EncodedResource(new ClassPathResource(PRIVILEGES_SCRIPT), StandardCharsets.UTF_8));
			}
			connection.commit();
		}
	}

	static Connection connect(String jdbcUrl, DatabaseLogin login) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", login.username());
		properties.setProperty("password", login.password());
		return DriverManager.getConnection(jdbcUrl, properties);
	}

}
