-- Where a bridge went, and relatives taking part (issue 18, items 5 and 6).

-- A bridge-building contact says what the peer worker built a bridge to (the job centre,
-- the doctor, housing, ...). Only a bridge-building contact has one.
alter table contact add column bridge_to varchar(25);
alter table contact add constraint contact_bridge_to_ck check (bridge_to in ('JOB_CENTRE', 'GENERAL_PRACTITIONER',
    'HOUSING', 'EDUCATION', 'ASSOCIATION', 'OTHER'));
alter table contact add constraint contact_bridge_kind_ck check (bridge_to is null or kind = 'BRIDGE_BUILDING');

-- How many of the recipient's relatives took part in a contact; 0 when none did. A count,
-- nothing about who they are.
alter table contact add column relatives_present integer not null default 0;
alter table contact add constraint contact_relatives_ck check (relatives_present between 0 and 20);
