-- Indexes for the dashboard's aggregate queries (issue 6), sized on the national programme
-- (1,000,000 contacts, 120,000 assessments; see "Scale and benchmark" in the README).
-- Each covers the columns its query reads, so the rows of a period are read from the index
-- alone (an index-only scan) instead of from heap pages scattered over four years.

-- dashboard-contacts: the held, not deleted contacts of the organisations (or of one unit)
-- in a period. The query reads the contact's id too (to find a group meeting's attendance),
-- so V8_1's contact_dashboard_ix, which lacks it, is replaced by one that has it and holds
-- only the held contacts the query reads.
drop index if exists contact_dashboard_ix;
create index contact_dashboard_organisation_ix on contact (organisation_id, occurred_on)
    include (id, unit_id, kind, course_id, recipient_id, peer_worker_id, duration_minutes)
    where deleted_at is null and status = 'HELD';
create index contact_dashboard_unit_ix on contact (unit_id, occurred_on)
    include (id, organisation_id, kind, course_id, recipient_id, peer_worker_id, duration_minutes)
    where deleted_at is null and status = 'HELD';

-- dashboard-contacts: who was present at a group meeting.
create index contact_attendance_present_ix on contact_attendance (contact_id) include (recipient_id)
    where attendance = 'PRESENT';

-- dashboard-chime: the latest completed follow-up of each (course, recipient), and its
-- completed baseline.
create index assessment_dashboard_follow_up_ix on assessment (organisation_id, answered_on)
    include (course_id, recipient_id, id, unit_id, score_connection, score_hope, score_identity, score_meaning,
             score_empowerment)
    where status = 'COMPLETED' and timepoint <> 'BASELINE';
create index assessment_dashboard_baseline_ix on assessment (course_id, recipient_id)
    include (answered_on, score_connection, score_hope, score_identity, score_meaning, score_empowerment)
    where status = 'COMPLETED' and timepoint = 'BASELINE';

-- dashboard support figures (checkin.SupervisionFlags): each peer worker's held supervision.
create index contact_supervision_ix on contact (peer_worker_id, occurred_on)
    where kind = 'SUPERVISION' and status = 'HELD' and deleted_at is null;
