-- Administrators end memberships (set their end date), so a membership carries a version for
-- optimistic locking like the other structure tables.
alter table partnership_membership add column version bigint not null default 0;
