#!/usr/bin/env bash
# Runs once, when the database volume is created. The schema belongs to the owner role that
# Flyway uses; the application connects as a role that may read and write rows but owns
# nothing, so it cannot disable the trigger that keeps audit_event append-only.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
create role peerstoette_app login password '${APP_DB_PASSWORD}';
grant connect on database "${POSTGRES_DB}" to peerstoette_app;
grant usage on schema public to peerstoette_app;
alter default privileges for role "${POSTGRES_USER}" in schema public
    grant select, insert, update, delete on tables to peerstoette_app;
alter default privileges for role "${POSTGRES_USER}" in schema public
    grant usage, select on sequences to peerstoette_app;
SQL
