#!/usr/bin/env bash
# Runs once, when the database volume is created. The schema belongs to the owner role that
# Flyway uses; the application connects as a role that may read and write rows but owns
# nothing, so it cannot disable the trigger that keeps audit_event append-only. What that role
# may do is in application-privileges.sql (src/main/resources/db/roles, mounted by
# docker-compose.yml), which the embedded database applies too; it runs here as the owner.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
create role peerstoette_app login password '${APP_DB_PASSWORD}';
grant connect on database "${POSTGRES_DB}" to peerstoette_app;
SQL
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    -f /opt/peerstoette/application-privileges.sql
