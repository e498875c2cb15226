-- What the application's role may do with the schema owner's tables: read and write rows, use
-- sequences, nothing else. It owns nothing, so it can neither alter a table nor switch off the
-- trigger that keeps audit_event append-only. Run as the owner (so the default privileges are
-- the owner's), in the application's database: by src/main/docker/initdb/01-roles.sh when the
-- production database is created, and by the embedded database at every start.
grant usage on schema public to peerstoette_app;
grant select, insert, update, delete on all tables in schema public to peerstoette_app;
grant usage, select on all sequences in schema public to peerstoette_app;
alter default privileges in schema public grant select, insert, update, delete on tables to peerstoette_app;
alter default privileges in schema public grant usage, select on sequences to peerstoette_app;
-- Tables the application may only add rows to and read (their migrations say why). Taken away
-- after the grant on every table above; a table not created yet is left to its migration. The
-- block is single-quoted, not dollar-quoted: Spring's ScriptUtils, which runs this file for the
-- embedded database, splits statements at semicolons outside single quotes only.
do 'begin
    if to_regclass(''public.audit_event'') is not null then
        revoke update, delete, truncate on audit_event from peerstoette_app;
    end if;
    if to_regclass(''public.audit_review'') is not null then
        revoke update, delete, truncate on audit_review from peerstoette_app;
    end if;
end';
