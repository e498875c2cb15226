-- The access log has a lifetime (app.schema.access-log-retention, default 5 years): rows older
-- than that are removed by the schema owner's maintenance step (AccessLogPruning, run after
-- migrating), never by the application's role. Everything younger stays append-only, and no row
-- younger than six months can be removed by anyone but a superuser who switches the trigger off.
-- A removal must be asked for in the same transaction (set local peerstoette.audit_pruning =
-- 'on'), so that an owner's stray delete is refused too.
create or replace function audit_event_protect() returns trigger
language plpgsql as $$
begin
    if tg_op = 'DELETE'
            and coalesce(current_setting('peerstoette.audit_pruning', true), '') = 'on'
            and current_user = (select pg_get_userbyid(relowner) from pg_class where oid = tg_relid)
            and old.occurred_at < now() - interval '6 months' then
        return old;
    end if;
    raise exception 'audit_event is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

-- A review mark goes with the access it marks, by the same rule (the access's age counts).
create or replace function audit_review_protect() returns trigger
language plpgsql as $$
begin
    if tg_op = 'DELETE'
            and coalesce(current_setting('peerstoette.audit_pruning', true), '') = 'on'
            and current_user = (select pg_get_userbyid(relowner) from pg_class where oid = tg_relid)
            and exists (select from audit_event e where e.id = old.audit_event_id
                        and e.occurred_at < now() - interval '6 months') then
        return old;
    end if;
    raise exception 'audit_review is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

-- The application's role may add to the log and read it, nothing more.
do $$
begin
    if exists (select from pg_roles where rolname = 'peerstoette_app') then
        revoke update, delete, truncate on audit_event from peerstoette_app;
    end if;
end
$$;
