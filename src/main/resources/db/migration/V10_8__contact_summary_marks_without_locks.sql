-- Saving a contact no longer waits for every other save in its organisation's month.
-- Until now a change marked its month stale with an upsert that updated the one mark row
-- of that month, and held its lock until commit: concurrent quick entries of one
-- organisation queued behind each other's commits (16 peer workers saving at once spent
-- 40 ms each waiting on that row). A mark is now a row of its own, appended without a
-- lock. The rebuild stays correct without waiting for changes in flight: it deletes the
-- marks it can see, then reads the contacts; a change that commits later keeps its own
-- mark, so its month is read from the contacts until the next rebuild takes that mark too.

alter table contact_summary_stale drop constraint contact_summary_stale_pkey;
create index contact_summary_stale_month_ix on contact_summary_stale (organisation_id, month);

create or replace function contact_summary_mark_contacts() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into contact_summary_stale (organisation_id, month)
        select distinct organisation_id, date_trunc('month', occurred_on::timestamp)::date from new_rows;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into contact_summary_stale (organisation_id, month)
        select distinct organisation_id, date_trunc('month', occurred_on::timestamp)::date from old_rows;
    end if;
    return null;
end $$;

create or replace function contact_summary_mark_attendance() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into contact_summary_stale (organisation_id, month)
        select distinct c.organisation_id, date_trunc('month', c.occurred_on::timestamp)::date
        from new_rows a join contact c on c.id = a.contact_id;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into contact_summary_stale (organisation_id, month)
        select distinct c.organisation_id, date_trunc('month', c.occurred_on::timestamp)::date
        from old_rows a join contact c on c.id = a.contact_id;
    end if;
    return null;
end $$;

create or replace function contact_summary_mark_course() returns trigger language plpgsql as $$
begin
    insert into contact_summary_stale (organisation_id, month)
    select distinct c.organisation_id, date_trunc('month', c.occurred_on::timestamp)::date
    from new_rows n join old_rows o on o.id = n.id join contact c on c.course_id = n.id
    where (n.model_id, n.kind) is distinct from (o.model_id, o.kind);
    return null;
end $$;

create or replace function contact_summary_mark_peer_worker() returns trigger language plpgsql as $$
begin
    insert into contact_summary_stale (organisation_id, month)
    select distinct c.organisation_id, date_trunc('month', c.occurred_on::timestamp)::date
    from new_rows n join old_rows o on o.id = n.id join contact c on c.peer_worker_id = n.id and c.course_id is null
    where (n.peer_role, n.model_id, n.employment_form) is distinct from (o.peer_role, o.model_id, o.employment_form);
    return null;
end $$;

create or replace function contact_summary_mark_model() returns trigger language plpgsql as $$
begin
    insert into contact_summary_stale (organisation_id, month)
    select distinct c.organisation_id, date_trunc('month', c.occurred_on::timestamp)::date
    from new_rows n join old_rows o on o.id = n.id
    join course co on co.model_id = n.id join contact c on c.course_id = co.id
    where (n.peer_role, n.employment_form) is distinct from (o.peer_role, o.employment_form);
    return null;
end $$;
