-- The dashboard's contact query reads the held, not deleted contacts of some organisations
-- in a period; this index answers it from the index alone (an index-only scan), without
-- visiting the table's rows. The other dashboard queries use the existing indexes on
-- course (organisation_id, starts_on), course_recipient, course_peer and assessment
-- (organisation_id, answered_on).
create index contact_dashboard_ix on contact (organisation_id, occurred_on)
    include (status, kind, unit_id, course_id, recipient_id, peer_worker_id, duration_minutes)
    where deleted_at is null;
