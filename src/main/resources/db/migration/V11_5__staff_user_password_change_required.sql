-- An administrator's reset sets a one-time password: the user must choose their own at the
-- next sign-in before reaching any other page. Existing accounts (and the demo users) are
-- not affected.
alter table staff_user add column password_change_required boolean not null default false;
