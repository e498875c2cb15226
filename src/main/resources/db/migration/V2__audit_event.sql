-- Append-only access log (Datatilsynet: every read, search, create, change, extract and delete of
-- personal data, and refused sign-ins). No free text that could hold personal data: `detail`
-- takes codes only, written by the application.
create table audit_event (
    id              bigint generated always as identity primary key,
    occurred_at     timestamptz  not null default now(),
    actor_id        bigint,
    actor_username  varchar(100),
    action          varchar(30)  not null,
    entity_type     varchar(40),
    entity_id       varchar(40),
    outcome         varchar(20)  not null,
    detail          varchar(200),
    request_id      varchar(64),
    constraint audit_event_outcome_ck check (outcome in ('SUCCESS', 'DENIED', 'FAILURE'))
);
create index audit_event_occurred_at_ix on audit_event (occurred_at);
create index audit_event_entity_ix on audit_event (entity_type, entity_id, occurred_at);
create index audit_event_actor_ix on audit_event (actor_id, occurred_at);

-- Rows can be added, never changed or removed, whatever grants the connecting role holds.
-- Only the table's owner can get past this (by disabling the triggers), which is why under prod
-- the application connects as a role that does not own the schema (see README).
create function audit_event_protect() returns trigger
language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_update
    before update on audit_event
    for each row execute function audit_event_protect();

create trigger audit_event_no_delete
    before delete on audit_event
    for each row execute function audit_event_protect();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_protect();
