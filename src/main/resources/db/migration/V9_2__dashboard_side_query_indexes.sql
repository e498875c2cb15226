-- Indexes for the dashboard's side queries (issue 6 follow-up), sized on the national
-- programme (1,000,000 contacts, 31,500 courses; see "Scale and benchmark" in the README).

-- dashboard-courses: the courses of the organisations that started by the end of the
-- period, read from the index alone (an index-only scan) instead of from the table's pages;
-- it holds every column the query reads or filters on (end, model, unit, kind).
create index course_dashboard_ix on course (organisation_id, starts_on)
    include (ended_on, id, model_id, unit_id, kind);

-- checkin.SupervisionFlags (dashboard support figures, coordinator's page): supervision a
-- peer worker took part in as a facilitator is found by the contact's id; without this the
-- query read every held supervision contact from the table.
create index contact_supervision_id_ix on contact (id) include (occurred_on)
    where kind = 'SUPERVISION' and status = 'HELD' and deleted_at is null;
