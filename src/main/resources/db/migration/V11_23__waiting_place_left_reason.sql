-- Why a place left its waiting list (issue 18): a course started, or the coordinator took it
-- off by hand with a reason. Only a place that led to a course counts for the waiting time.
alter table waiting_entry add column left_reason varchar(20);
update waiting_entry set left_reason = 'COURSE_STARTED' where left_on is not null;
alter table waiting_entry drop constraint waiting_entry_left_ck;
alter table waiting_entry add constraint waiting_entry_left_ck check (
    (left_on is null) = (left_reason is null)
    and (course_id is not null) = (left_reason is not distinct from 'COURSE_STARTED'));
alter table waiting_entry add constraint waiting_entry_left_reason_ck check (
    left_reason in ('COURSE_STARTED', 'NO_LONGER_WANTED', 'HELPED_ELSEWHERE', 'NOT_REACHED', 'OTHER'));
