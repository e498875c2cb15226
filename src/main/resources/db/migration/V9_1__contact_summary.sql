-- A summary of the held contacts for the dashboard (issue 6). Counting the people a
-- partnership reached in a year from its ~100,000 contacts costs most of a second; the same
-- figures from these summaries cost a few milliseconds, because a year of one recipient is
-- one row. The summaries are a pure function of the contacts: an organisation's month is
-- marked stale when anything it is built from changes, the dashboard reads a stale month
-- from the contacts themselves, and dashboard.ContactSummary rebuilds stale months in the
-- background. Nothing here is shown to anyone; it holds ids, no names.

-- What the dashboard counts of a contact: the held, not deleted ones, with the kind group
-- and the model's role, employment form and course kind they are counted under. A course's
-- contact takes them from the course's model; an organisational activity (no course) from
-- its peer worker. With the contact's month, and the bits its kind group and month set in
-- contact_reach (kind_groups, months). The one definition of these, for the summaries and
-- for reading contacts directly.
create view contact_fact as
select f.*,
       case f.kind_group when 'INDIVIDUAL' then 1 when 'GROUP' then 2 when 'BRIDGE_BUILDING' then 4
            else 8 end as kind_group_bit,
       date_trunc('month', f.occurred_on::timestamp)::date as month,
       1 << (extract(month from f.occurred_on)::int - 1) as month_bit
from (
    select c.id as contact_id, c.organisation_id, c.unit_id, c.occurred_on, c.kind, c.course_id, c.recipient_id,
           c.peer_worker_id, c.duration_minutes,
           case when c.kind in ('INDIVIDUAL_CONVERSATION', 'ACTIVITY_TOGETHER', 'PHONE', 'VIDEO') then 'INDIVIDUAL'
                when c.kind = 'GROUP_MEETING' then 'GROUP'
                when c.kind = 'BRIDGE_BUILDING' then 'BRIDGE_BUILDING'
                else 'ORGANISATIONAL' end as kind_group,
           coalesce(case when c.course_id is null then pw.peer_role else m.peer_role end, 'NONE') as peer_role,
           case when c.course_id is null then pw.model_id else co.model_id end as model_id,
           case when c.course_id is null then pw.employment_form else m.employment_form end as employment_form,
           co.kind as course_kind
    from contact c
    left join course co on co.id = c.course_id
    left join peer_support_model m on m.id = co.model_id
    left join peer_worker pw on pw.id = c.peer_worker_id
    where c.deleted_at is null and c.status = 'HELD'
) f;

-- Each time a recipient was reached: a contact with them, or a group meeting they were
-- present at.
create view contact_reach_fact as
select f.*, f.recipient_id as reached_id
from contact_fact f where f.recipient_id is not null
union all
select f.*, a.recipient_id
from contact_fact f join contact_attendance a on a.contact_id = f.contact_id and a.attendance = 'PRESENT'
where f.kind = 'GROUP_MEETING';

-- Contacts and minutes of an organisation's month, by what the dashboard groups and
-- filters on. The peer worker only for organisational activities (counted by peer worker).
create table contact_activity (
    organisation_id  bigint      not null,
    month            date        not null,
    unit_id          bigint      not null,
    kind_group       varchar(20) not null,
    peer_role        varchar(20) not null,
    model_id         bigint,
    employment_form  varchar(20),
    course_kind      varchar(20),
    peer_worker_id   bigint,
    contacts         integer     not null,
    minutes          bigint      not null
);
create index contact_activity_month_ix on contact_activity (organisation_id, month)
    include (unit_id, kind_group, peer_role, model_id, employment_form, course_kind, peer_worker_id, contacts, minutes);

-- The recipients an organisation reached in a month (span 'M') or a calendar year (span
-- 'Y', built from its months): which kind groups reached them (bits: 1 individual, 2 group,
-- 4 bridge-building), in which months of the year (bit 0 = January) and how many times.
create table contact_reach (
    organisation_id  bigint      not null,
    span             varchar(1)  not null,
    period_start     date        not null,
    unit_id          bigint      not null,
    peer_role        varchar(20) not null,
    model_id         bigint,
    employment_form  varchar(20),
    course_kind      varchar(20),
    recipient_id     bigint      not null,
    kind_groups      smallint    not null,
    months           integer     not null,
    reached          integer     not null,
    constraint contact_reach_span_ck check (span in ('M', 'Y'))
);
create index contact_reach_period_ix on contact_reach (organisation_id, span, period_start)
    include (unit_id, peer_role, model_id, employment_form, course_kind, recipient_id, kind_groups, months, reached);

-- An organisation's months whose summaries are out of date.
create table contact_summary_stale (
    organisation_id  bigint      not null,
    month            date        not null,
    marked_at        timestamptz not null default now(),
    primary key (organisation_id, month)
);

-- Statement triggers mark the months a change touches, once per statement (a bulk
-- insert of a million contacts marks a few hundred months, not a million rows). A month
-- already marked is marked again (an update, not "do nothing"): that locks the mark until
-- the change commits, so a rebuild that takes the mark waits for the change and sees it.
create function contact_summary_mark_contacts() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into contact_summary_stale
        select distinct organisation_id, date_trunc('month', occurred_on::timestamp)::date from new_rows
        on conflict (organisation_id, month) do update set marked_at = now();
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into contact_summary_stale
        select distinct organisation_id, date_trunc('month', occurred_on::timestamp)::date from old_rows
        on conflict (organisation_id, month) do update set marked_at = now();
    end if;
    return null;
end $$;
create trigger contact_summary_insert after insert on contact
    referencing new table as new_rows for each statement execute function contact_summary_mark_contacts();
create trigger contact_summary_update after update on contact
    referencing old table as old_rows new table as new_rows
    for each statement execute function contact_summary_mark_contacts();
create trigger contact_summary_delete after delete on contact
    referencing old table as old_rows for each statement execute function contact_summary_mark_contacts();

create function contact_summary_mark_attendance() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into contact_summary_stale
        select distinct c.organisation_id, date_trunc('month', c.occurred_on::timestamp)::date
        from new_rows a join contact c on c.id = a.contact_id
        on conflict (organisation_id, month) do update set marked_at = now();
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into contact_summary_stale
        select distinct c.organisation_id, date_trunc('month', c.occurred_on::timestamp)::date
        from old_rows a join contact c on c.id = a.contact_id
        on conflict (organisation_id, month) do update set marked_at = now();
    end if;
    return null;
end $$;
create trigger contact_summary_attendance_insert after insert on contact_attendance
    referencing new table as new_rows for each statement execute function contact_summary_mark_attendance();
create trigger contact_summary_attendance_update after update on contact_attendance
    referencing old table as old_rows new table as new_rows
    for each statement execute function contact_summary_mark_attendance();
create trigger contact_summary_attendance_delete after delete on contact_attendance
    referencing old table as old_rows for each statement execute function contact_summary_mark_attendance();

-- A course's model or kind, a peer worker's role, model or form (for contacts outside a
-- course), and a model's role or form (for contacts in its courses) decide how contacts are
-- counted: a change marks the months of the contacts it concerns.
create function contact_summary_mark_course() returns trigger language plpgsql as $$
begin
    insert into contact_summary_stale
    select distinct c.organisation_id, date_trunc('month', c.occurred_on::timestamp)::date
    from new_rows n join old_rows o on o.id = n.id join contact c on c.course_id = n.id
    where (n.model_id, n.kind) is distinct from (o.model_id, o.kind)
    on conflict (organisation_id, month) do update set marked_at = now();
    return null;
end $$;
create trigger contact_summary_course_update after update on course
    referencing old table as old_rows new table as new_rows
    for each statement execute function contact_summary_mark_course();

create function contact_summary_mark_peer_worker() returns trigger language plpgsql as $$
begin
    insert into contact_summary_stale
    select distinct c.organisation_id, date_trunc('month', c.occurred_on::timestamp)::date
    from new_rows n join old_rows o on o.id = n.id join contact c on c.peer_worker_id = n.id and c.course_id is null
    where (n.peer_role, n.model_id, n.employment_form) is distinct from (o.peer_role, o.model_id, o.employment_form)
    on conflict (organisation_id, month) do update set marked_at = now();
    return null;
end $$;
create trigger contact_summary_peer_worker_update after update on peer_worker
    referencing old table as old_rows new table as new_rows
    for each statement execute function contact_summary_mark_peer_worker();

create function contact_summary_mark_model() returns trigger language plpgsql as $$
begin
    insert into contact_summary_stale
    select distinct c.organisation_id, date_trunc('month', c.occurred_on::timestamp)::date
    from new_rows n join old_rows o on o.id = n.id
    join course co on co.model_id = n.id join contact c on c.course_id = co.id
    where (n.peer_role, n.employment_form) is distinct from (o.peer_role, o.employment_form)
    on conflict (organisation_id, month) do update set marked_at = now();
    return null;
end $$;
create trigger contact_summary_model_update after update on peer_support_model
    referencing old table as old_rows new table as new_rows
    for each statement execute function contact_summary_mark_model();

-- Contacts recorded before this migration: their months are built in the background.
insert into contact_summary_stale
select distinct organisation_id, date_trunc('month', occurred_on::timestamp)::date from contact;
