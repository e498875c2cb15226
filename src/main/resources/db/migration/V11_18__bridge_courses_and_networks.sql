-- Where a bridge-building course went, and a recipient's network (issue 18, items 5 and 6).

-- A bridge-building course says what the peer worker built a bridge to, from the same list
-- as a bridge-building contact (V11_17). Only a bridge-building course has one.
alter table course add column bridge_to varchar(25);
alter table course add constraint course_bridge_to_ck check (bridge_to in ('JOB_CENTRE', 'GENERAL_PRACTITIONER',
    'HOUSING', 'EDUCATION', 'ASSOCIATION', 'OTHER'));
alter table course add constraint course_bridge_kind_ck check (bridge_to is null or kind = 'BRIDGE_BUILDING');

-- A recipient's network: how many relatives of each role take part in the recipient's support.
-- A count per role, nothing about who they are; a role without relatives has no row.
create table recipient_network (
    recipient_id  bigint      not null references recipient (id),
    role          varchar(20) not null,
    relatives     integer     not null,
    primary key (recipient_id, role),
    constraint recipient_network_role_ck check (role in ('PARENT', 'PARTNER', 'CHILD', 'SIBLING', 'FRIEND', 'OTHER')),
    constraint recipient_network_relatives_ck check (relatives between 1 and 20)
);
