-- Password attempts, counted before each password is checked (PasswordAttempts), so that
-- attempts sent at once cannot all be checked. One row per counter: a username from one
-- client address, a username from anywhere, a client address for any username, or one
-- confirmation of a signed-in user's password (the self-report screen's unlock).
-- Replaces login_throttle, which counted failures after the check.
create table password_attempt (
    scope      varchar(24) not null,
    -- SHA-256 of the counter's key: a username field sometimes holds a password, and a
    -- client address is personal data.
    key_hash   bytea       not null,
    -- Attempts reserved since the counter started; past the scope's maximum means locked.
    attempts   integer     not null,
    -- When the count starts afresh: the end of its window, or of its lock once locked.
    resets_at  timestamptz not null,
    primary key (scope, key_hash)
);
create index password_attempt_resets_at_ix on password_attempt (resets_at);

drop table login_throttle;
