-- The dashboard's disclosure control (issue 12): figures are rounded and perturbed by
-- noise drawn from a keyed hash of each figure, so that the same figure always gets the
-- same noise (differencing two answers yields noise, not a person). The key is made here,
-- once per installation, from the server's strong random source, and never leaves the
-- database except into the application's memory. It is not in the repository, a backup
-- of the database holds it.
create table disclosure_key (
    id     integer primary key check (id = 1),
    secret bytea   not null check (length(secret) = 32)
);

insert into disclosure_key (id, secret)
values (1, decode(substr(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 1, 64), 'hex'));
