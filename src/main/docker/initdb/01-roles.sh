#!/usr/bin/env bash
# Creates the role the application connects as, peerstoette_app, which may read and write rows
# but owns nothing, so it cannot disable the trigger that keeps audit_event append-only. What
# that role may do is in application-privileges.sql (src/main/resources/db/roles), which the
# embedded database applies too; it runs here as the schema owner, the role Flyway migrates as.
#
# Run by the postgres image when its volume is created (docker-compose.yml mounts this folder).
# On a managed PostgreSQL, where the owner has CREATEROLE but is no superuser, run it by hand
# as the owner:
#   PGHOST=… PGUSER=peerstoette_owner PGDATABASE=peerstoette APP_DB_PASSWORD=… \
#   APP_PRIVILEGES_SQL=src/main/resources/db/roles/application-privileges.sql \
#   bash src/main/docker/initdb/01-roles.sh
# It may be run again: an existing peerstoette_app gets the password given.
#
# The password goes from the environment into a psql variable (\getenv, psql 15 or newer; not
# on a command line, where other users could read it) and reaches the server quoted by psql
# (:'app_password'), never spliced into the SQL text, so no character in it can change the
# statement.
set -euo pipefail

: "${APP_DB_PASSWORD:?set APP_DB_PASSWORD, the password of the application role peerstoette_app}"
owner="${POSTGRES_USER:-${PGUSER:-$(id -un)}}"
database="${POSTGRES_DB:-${PGDATABASE:-$owner}}"
privileges="${APP_PRIVILEGES_SQL:-/opt/peerstoette/application-privileges.sql}"

run_psql() {
	psql -X -v ON_ERROR_STOP=1 --no-password --username "$owner" --dbname "$database" "$@"
}

# The here-document is quoted ('SQL'): the shell substitutes nothing inside it.
run_psql -v database="$database" <<'SQL'
\getenv app_password APP_DB_PASSWORD
select exists (select from pg_roles where rolname = 'peerstoette_app') as app_role_exists \gset
\if :app_role_exists
alter role peerstoette_app with login password :'app_password';
\else
create role peerstoette_app with login password :'app_password';
\endif
grant connect on database :"database" to peerstoette_app;
SQL
run_psql -f "$privileges"
