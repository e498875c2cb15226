-- Shared mentor courses (issue 18): mentor support starts on a regional ward up to three
-- months before discharge and goes on in the municipality. Each organisation keeps its own
-- part as a course of its own (its recipient record, its peer workers, its contacts); the
-- municipality's part names the ward's part it continues, and the mentor rule is checked
-- over both.
alter table course add column continues_course_id bigint references course (id);
alter table course add constraint course_continues_other_ck check (continues_course_id <> id);
-- A part is continued once.
create unique index course_continues_uk on course (continues_course_id) where continues_course_id is not null;

-- The mentor course a referral hands over: the receiving organisation's mentor course
-- started from the referral's waiting place continues it.
alter table referral add column course_id bigint references course (id);
create index referral_course_ix on referral (course_id) where course_id is not null;
