-- Issue 19, items 1 and 3: the peer workers' check-in becomes an instrument like the
-- recipients' (so a programme can load its own or a licensed one, such as ProQOL), each
-- check-in may count in anonymous statistics if the peer worker says so; and quotes are
-- attributed as the national evaluation attributed them: speaker, level and region.

-- What an instrument is for: the recipients' outcomes (CHIME) or the peer workers' own
-- check-ins. A version keeps the purpose of its code.
-- The column came with the staff survey (V11_20); check-ins are a third purpose.
alter table instrument drop constraint instrument_purpose_ck;
alter table instrument add constraint instrument_purpose_ck
    check (purpose in ('RECIPIENT_OUTCOME', 'STAFF_SURVEY', 'PEER_CHECKIN'));

-- A peer worker's instrument measures more than CHIME: competence, the strain of the work
-- (demand, set-back in their own recovery) and, for instruments a programme may load, ProQOL's
-- compassion satisfaction, burnout and secondary traumatic stress.
alter table instrument_item alter column dimension type varchar(30);
alter table instrument_item drop constraint instrument_item_dimension_ck;
alter table instrument_item add constraint instrument_item_dimension_ck check (dimension in ('CONNECTION', 'HOPE',
    'IDENTITY', 'MEANING', 'EMPOWERMENT', 'COMPETENCE', 'DEMAND', 'SET_BACK', 'COMPASSION_SATISFACTION', 'BURNOUT',
    'SECONDARY_TRAUMA'));

-- The default check-in, in the wording the check-in had until now: one statement per
-- dimension, 0-4.
insert into instrument (code, version_number, name_da, name_en, description_da, description_en, scale_min,
        scale_max, min_answered_share, status, purpose)
values ('CHECKIN-7', 1, 'Check-in for peer-medarbejdere', 'Peer worker check-in',
        'Et kort, frivilligt blik på, hvordan du selv har det i dit arbejde som peer-medarbejder. Tænk på tiden siden sidste check-in, eller de seneste par uger.',
        'A short, voluntary look at how you yourself are doing in your work as a peer worker. Think of the time since your last check-in, or the last couple of weeks.',
        0, 4, 1.00, 'ACTIVE', 'PEER_CHECKIN');

insert into instrument_anchor (instrument_id, scale_value, label_da, label_en)
select i.id, a.scale_value, a.label_da, a.label_en
from instrument i,
     (values (0, 'Slet ikke', 'Not at all'),
             (1, 'Lidt', 'A little'),
             (2, 'Noget', 'Somewhat'),
             (3, 'En del', 'Quite a bit'),
             (4, 'I høj grad', 'Very much')) as a (scale_value, label_da, label_en)
where i.code = 'CHECKIN-7' and i.version_number = 1;

insert into instrument_item (instrument_id, position, dimension, text_da, text_en, reverse_scored)
select i.id, t.position, t.dimension, t.text_da, t.text_en, false
from instrument i,
     (values (1, 'HOPE', 'Jeg har set lyst på min egen fremtid.', 'I have felt hopeful about my own future.'),
             (2, 'MEANING', 'Arbejdet som peer-medarbejder har givet mening for mig.',
                 'The work as a peer worker has felt meaningful to me.'),
             (3, 'IDENTITY', 'Jeg har kunnet være mig selv, også i rollen som peer-medarbejder.',
                 'I have been able to be myself, in my peer role too.'),
             (4, 'COMPETENCE', 'Jeg har følt mig godt rustet til mine opgaver.',
                 'I have felt well equipped for my tasks.'),
             (5, 'CONNECTION', 'Jeg har følt mig som en del af et fællesskab med mine kolleger.',
                 'I have felt part of a community with my colleagues.'),
             (6, 'DEMAND', 'Perioden har krævet meget af mig.', 'The period has asked a lot of me.'),
             (7, 'SET_BACK', 'Jeg har følt mig sat tilbage i min egen recovery.',
                 'I have felt set back in my own recovery.'))
         as t (position, dimension, text_da, text_en)
where i.code = 'CHECKIN-7' and i.version_number = 1;

-- A check-in now names its instrument and keeps its answers by item and its score by
-- dimension. Whether its strain was high (a strain dimension in the top quarter of the
-- scale) is decided when it is saved, for the supervisor's flag. It counts in anonymous
-- statistics only if the peer worker said so, for that check-in (never for the existing
-- ones, which were given without the question).
alter table peer_checkin add column instrument_id bigint references instrument (id);
alter table peer_checkin add column high_strain boolean not null default false;
alter table peer_checkin add column statistics_consent boolean not null default false;
alter table peer_checkin add column statistics_consent_changed_at timestamptz;

create table peer_checkin_answer (
    checkin_id  bigint   not null references peer_checkin (id) on delete cascade,
    item_id     bigint   not null references instrument_item (id),
    answer      smallint not null,
    primary key (checkin_id, item_id)
);

create table peer_checkin_score (
    checkin_id  bigint        not null references peer_checkin (id) on delete cascade,
    dimension   varchar(30)   not null,
    score       numeric(5, 2) not null,
    primary key (checkin_id, dimension)
);

-- The existing check-ins move to the default instrument, every answer kept: one item per
-- dimension, so each score is its answer.
update peer_checkin set instrument_id = (select id from instrument where code = 'CHECKIN-7' and version_number = 1),
    high_strain = (demand >= 3 or set_back >= 3);

insert into peer_checkin_answer (checkin_id, item_id, answer)
select c.id, i.id, case i.dimension when 'HOPE' then c.hope when 'MEANING' then c.meaning
                                    when 'IDENTITY' then c.identity when 'COMPETENCE' then c.competence
                                    when 'CONNECTION' then c.connection when 'DEMAND' then c.demand
                                    else c.set_back end
from peer_checkin c join instrument_item i on i.instrument_id = c.instrument_id;

insert into peer_checkin_score (checkin_id, dimension, score)
select a.checkin_id, i.dimension, a.answer
from peer_checkin_answer a join instrument_item i on i.id = a.item_id;

alter table peer_checkin alter column instrument_id set not null;
alter table peer_checkin drop constraint peer_checkin_scale_ck;
alter table peer_checkin drop column hope, drop column meaning, drop column identity, drop column competence,
    drop column connection, drop column demand, drop column set_back;
create index peer_checkin_instrument_ix on peer_checkin (instrument_id);
-- The dashboard reads the consenting check-ins of a year.
create index peer_checkin_statistics_ix on peer_checkin (answered_on, peer_worker_id) where statistics_consent;

-- Quotes: who said it (or saw it), at which of the evaluation's three levels it speaks, and
-- the region it is attributed to. Quotes recorded before have no speaker; they were all
-- evidence about recipients.
alter table quote add column speaker varchar(20);
alter table quote add column level varchar(20) not null default 'RECIPIENT';
alter table quote add column region_id bigint references organisation (id);
-- A peer worker's or a colleague's words are quoted only with their consent: the day they
-- gave it, and who recorded it when.
alter table quote add column speaker_consent_on date;
alter table quote add column speaker_consent_by bigint references staff_user (id);
alter table quote add column speaker_consent_at timestamptz;
alter table quote add constraint quote_speaker_ck
    check (speaker in ('RECIPIENT', 'PEER_WORKER', 'COLLEAGUE', 'RELATIVE', 'MANAGER'));
alter table quote add constraint quote_level_ck check (level in ('RECIPIENT', 'PEER_WORKER', 'ORGANISATION'));
alter table quote add constraint quote_speaker_consent_ck
    check (speaker is null or speaker not in ('PEER_WORKER', 'COLLEAGUE')
           or (speaker_consent_on is not null and speaker_consent_by is not null and speaker_consent_at is not null));

-- The region of the quotes recorded so far, where the partnerships say it: the organisation
-- itself if it is a region, else the one region among the members of its partnerships.
update quote q set region_id = r.region_id
from (
    select o.id as organisation_id, min(x.region_id) as region_id
    from organisation o
    cross join lateral (
        select o.id as region_id where o.kind = 'REGION'
        union
        select b.organisation_id from partnership_membership a
        join partnership_membership b on b.partnership_id = a.partnership_id
        join organisation ro on ro.id = b.organisation_id and ro.kind = 'REGION'
        where a.organisation_id = o.id and o.kind <> 'REGION'
    ) x
    group by o.id
    having count(distinct x.region_id) = 1
) r
where r.organisation_id = q.organisation_id;
create index quote_level_ix on quote (organisation_id, level, recorded_on desc) where deleted_at is null;
