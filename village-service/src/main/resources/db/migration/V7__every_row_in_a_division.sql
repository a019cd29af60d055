-- Every record belongs to a division (its village, township or county); the platform's policies
-- (bastion-platform, db/scope) keep each row inside the scope of the session that reads or writes
-- it, whatever the query. Only the outbox, the processed events and the idempotency records, which
-- no request reads across callers, stay unscoped.

-- Counties and townships: each is its own division. Division names are reference data: every one of
-- the caller's county is readable, and those above it.
alter table division add column division varchar(12)
    generated always as (case level when 'COUNTY' then left(code, 6) else left(code, 9) end) stored;
create policy bastion_reference on division for select
    using (starts_with(division, left(bastion_home(), 6)) or starts_with(bastion_home(), division));

alter table village add column division varchar(12) generated always as (code) stored;

-- The national categories belong to no county ('') and are read by all; a county's own are its.
alter table weakness_category add column division varchar(6) not null default '';
update weakness_category w set division = coalesce((select left(min(c.village_code), 6) from rectification_case c
    where w.code = any (c.categories) and c.campaign_year = w.campaign_year), '')
    where w.campaign_year <> 0;
alter table weakness_category alter column division drop default;
alter table weakness_category drop constraint weakness_category_pkey;
alter table weakness_category add primary key (division, campaign_year, code);
create policy bastion_reference on weakness_category for select using (starts_with(bastion_home(), division));

-- Grading is the county's decision; a township proposes.
alter table rectification_case add column proposed_grade varchar(8);
alter table rectification_case add column division varchar(12) generated always as (village_code) stored;

select bastion_divide_by_parent('case_transition', 'rectification_case', 'id', 'case_id');

alter table team_member add column division varchar(12) generated always as (village_code) stored;
alter table village_indicator add column division varchar(12) generated always as (village_code) stored;

-- The pairing projection is bastion-pairings' now, under the name every service gives it.
alter table village_pairing rename to partner_pairing;
alter index village_pairing_by_partner rename to partner_pairing_by_partner;
alter table partner_pairing add column division varchar(12) generated always as (village_code) stored;

alter table audit_entry add column division varchar(12) not null default '';
update audit_entry a set division = case
    when a.target_type in ('village', 'indicators') then left(a.target_key, 12)
    when a.target_type = 'division' then coalesce((select d.division from division d where d.code = a.target_key), '')
    when a.target_type = 'case' then coalesce((select c.village_code from rectification_case c where c.id::text = a.target_key), '')
    when a.target_type = 'team-member' then coalesce((select m.village_code from team_member m where m.id::text = a.target_key), '')
    else '' end;
alter table audit_entry alter column division drop default;
-- Appointments audited before kept ID-card and phone numbers in full; they are masked like new ones.
update audit_entry set details = jsonb_set(details, '{idCardNumber}', to_jsonb(left(details ->> 'idCardNumber', 6)
    || repeat('*', length(details ->> 'idCardNumber') - 10) || right(details ->> 'idCardNumber', 4)))
    where jsonb_typeof(details -> 'idCardNumber') = 'string' and length(details ->> 'idCardNumber') > 10;
update audit_entry set details = jsonb_set(details, '{phone}', to_jsonb(left(details ->> 'phone', 3)
    || repeat('*', length(details ->> 'phone') - 7) || right(details ->> 'phone', 4)))
    where jsonb_typeof(details -> 'phone') = 'string' and length(details ->> 'phone') > 7;
