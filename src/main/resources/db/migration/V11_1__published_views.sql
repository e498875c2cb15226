-- Views each module publishes for the modules above it. A module's SQL names only its own
-- tables (TableOwnershipTest); what another module may read of them is what the owner puts
-- in its view, so the owner can change its tables behind it. Each is a plain projection,
-- which PostgreSQL inlines into the reader's query: a join through a view is the same join,
-- on the same indexes, as one on the table.
-- The application role reads them through the default privileges the schema owner grants
-- it on every table it creates (db/roles/application-privileges.sql).

-- Published by recipient, for contact, course and outcome: who a recipient is outside their
-- own page. label is the one SQL spelling of how pages name a recipient, "alias (number)",
-- the same as recipient.RecipientLabel's.
create view recipient_view as
select r.id, r.organisation_id, r.unit_id, r.alias, r.internal_number,
       r.alias || ' (' || r.internal_number || ')' as label
from recipient r;

-- Published by recipient, for outcome and quote: the consents a recipient gave, by kind and
-- period, without the documents behind them.
create view consent_view as
select c.recipient_id, c.kind, c.given_on, c.expires_on, c.withdrawn_on
from consent c;

-- Published by course, for contact and outcome: a course's kind, place and period.
create view course_view as
select c.id, c.kind, c.title, c.organisation_id, c.unit_id, c.model_id, c.starts_on, c.planned_end_on, c.ended_on
from course c;

-- Published by course, for contact and outcome: who takes part in a course.
create view course_recipient_view as
select cr.course_id, cr.recipient_id
from course_recipient cr;

-- Published by course, for contact and outcome: which peer workers run a course.
create view course_peer_view as
select cp.course_id, cp.peer_worker_id
from course_peer cp;

-- Published by peer, for checkin, contact and course: a peer worker's name, organisation,
-- period and supervisor, without contact details.
create view peer_worker_view as
select pw.id, pw.organisation_id, pw.full_name, pw.starts_on, pw.ends_on, pw.supervisor_user_id
from peer_worker pw;

-- Published by peer, for contact: the units a peer worker works in.
create view peer_worker_unit_view as
select pu.peer_worker_id, pu.unit_id
from peer_worker_unit pu;

-- Published by peer, for checkin: the days a peer worker received supervision.
create view peer_supervision_view as
select ps.peer_worker_id, ps.received_on
from peer_supervision ps;

-- Published by partnership, for contact, course, quote and recipient: a unit's name and
-- organisation.
create view unit_view as
select u.id, u.organisation_id, u.name, u.active
from unit u;

-- Published by partnership, for quote: an organisation's name.
create view organisation_view as
select o.id, o.name
from organisation o;

-- Published by account, for contact: the name of the staff user who wrote or changed a record.
create view staff_user_view as
select s.id, s.full_name
from staff_user s;

-- Published by instrument, for outcome: the scale an instrument's answers lie on.
create view instrument_view as
select i.id, i.scale_min, i.scale_max
from instrument i;

-- Published by contact, for checkin: the supervision contacts that were held, not deleted,
-- with the peer worker who held them.
create view supervision_contact_view as
select k.id, k.peer_worker_id, k.occurred_on
from contact k
where k.kind = 'SUPERVISION' and k.status = 'HELD' and k.deleted_at is null;

-- Published by contact, for checkin: the peer workers who ran a contact with its holder.
create view contact_facilitator_view as
select f.contact_id, f.peer_worker_id
from contact_facilitator f
where f.peer_worker_id is not null;
