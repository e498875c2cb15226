-- The access log is read now: by the data protection officer (role AUDITOR) and, for one
-- recipient, by the citizen through a coordinator (CJEU C-579/21). Both ask who looked, in
-- which organisation and role: kept as they were at the time of the access, because a user
-- may change organisation or role later. Rows written before this have neither; readers fall
-- back to the user's current ones (staff_user_view). The table stays append-only (V2's
-- triggers cover the new columns too).
alter table audit_event
    add column actor_role            varchar(20),
    add column actor_organisation_id bigint;

-- "What did this user look at in this period?" and "every refusal".
create index audit_event_actor_username_ix on audit_event (actor_username, occurred_at);
create index audit_event_refused_ix on audit_event (occurred_at) where outcome <> 'SUCCESS';

-- The data protection officer is a staff user of their own role, who may stand outside any
-- organisation like an administrator.
alter table staff_user drop constraint staff_user_role_ck;
alter table staff_user
    add constraint staff_user_role_ck check (role in ('ADMIN', 'MANAGER', 'COORDINATOR', 'PEER_WORKER', 'AUDITOR'));
alter table staff_user drop constraint staff_user_organisation_ck;
alter table staff_user
    add constraint staff_user_organisation_ck check (role in ('ADMIN', 'AUDITOR') or organisation_id is not null);

-- Published by account, for audit: a user's role and organisation now (appended columns).
create or replace view staff_user_view as
select s.id, s.full_name, s.role, s.organisation_id
from staff_user s;

-- The periodic review of the access log (Datatilsynet: check the log by sampling): an access
-- marked reviewed by the data protection officer, with their comment. Kept: a second look at
-- the same access is a second mark, never a change of the first.
create table audit_review (
    id                 bigint generated always as identity primary key,
    audit_event_id     bigint        not null references audit_event (id),
    reviewer_id        bigint        not null,
    reviewer_username  varchar(100)  not null,
    reviewed_at        timestamptz   not null default now(),
    comment            varchar(1000) not null default ''
);
create index audit_review_event_ix on audit_review (audit_event_id, reviewed_at);

create function audit_review_protect() returns trigger
language plpgsql as $$
begin
    raise exception 'audit_review is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_review_no_update
    before update on audit_review
    for each row execute function audit_review_protect();

create trigger audit_review_no_delete
    before delete on audit_review
    for each row execute function audit_review_protect();

create trigger audit_review_no_truncate
    before truncate on audit_review
    for each statement execute function audit_review_protect();

-- The application adds marks and reads them; it is given no more (the default privileges
-- gave it update and delete too). db/roles/application-privileges.sql takes them away again
-- after its grant on every table.
do $$
begin
    if exists (select from pg_roles where rolname = 'peerstoette_app') then
        revoke update, delete, truncate on audit_review from peerstoette_app;
    end if;
end
$$;
