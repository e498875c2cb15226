-- Datatilsynet: every use of personal data is logged, a search with its criterion. A list or
-- search now keeps what it was asked (`criteria`: filters and search text by name) and which
-- records it showed (`shown`: ids by record type, e.g. {"CONTACT":[4,7],"RECIPIENT":[12]}), so
-- that every look-up that showed a person can be found (CJEU C-579/21). Both are written by the
-- application only; the table stays append-only (V2's triggers cover the new columns too).
alter table audit_event
    add column criteria jsonb,
    add column shown    jsonb;

alter table audit_event
    add constraint audit_event_criteria_ck check (criteria is null or jsonb_typeof(criteria) = 'object'),
    add constraint audit_event_shown_ck check (shown is null or jsonb_typeof(shown) = 'object');

-- "Which look-ups showed recipient 12?": shown @> '{"RECIPIENT":[12]}'.
create index audit_event_shown_ix on audit_event using gin (shown jsonb_path_ops);
