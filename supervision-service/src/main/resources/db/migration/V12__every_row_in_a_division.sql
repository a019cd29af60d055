-- Every record belongs to a division (its village, township or county); the platform's policies
-- (bastion-platform, db/scope) keep each row inside the scope of the session that reads or writes
-- it, whatever the query. fact_source, the version each source record was counted at, is
-- bookkeeping of the consumers that no request reads, and stays unscoped.

-- A county's bulletins are read by its townships too; the ranking names them all.
create policy bastion_reference on bulletin for select using (starts_with(bastion_home(), division));

-- Division names are reference data: every one of the caller's county is readable, and those above it.
alter table division_name add column division varchar(12)
    generated always as (case when substr(code, 7, 3) = '000' then left(code, 6) else left(code, 9) end) stored;
create policy bastion_reference on division_name for select
    using (starts_with(division, left(bastion_home(), 6)) or starts_with(bastion_home(), division));

-- The national checklist belongs to no county (''); a county that sets its own keeps it as its own.
alter table acceptance_item add column division varchar(6) not null default '';
alter table acceptance_item alter column division drop default;
alter table acceptance_item drop constraint acceptance_item_pkey;
alter table acceptance_item add primary key (division, code);
create policy bastion_reference on acceptance_item for select using (starts_with(bastion_home(), division));

alter table case_file add column division varchar(12) generated always as (village_code) stored;
alter table acceptance add column division varchar(12) generated always as (village_code) stored;
alter table write_off add column division varchar(12) generated always as (village_code) stored;
alter table follow_up add column division varchar(12) generated always as (village_code) stored;
alter table report_obligation add column division varchar(12) generated always as (village_code) stored;
alter table weekly_report add column division varchar(12) generated always as (village_code) stored;
alter table missed_report add column division varchar(12) generated always as (village_code) stored;
alter table inspection add column division varchar(12) generated always as (village_code) stored;
alter table inspection_finding add column division varchar(12) generated always as (village_code) stored;
alter table overdue_measure add column division varchar(12) generated always as (village_code) stored;
alter table plan_file add column division varchar(12) generated always as (village_code) stored;
alter table village_income add column division varchar(12) generated always as (village_code) stored;
alter table interview add column division varchar(12) generated always as (township_code) stored;
alter table accountability add column division varchar(12) generated always as (coalesce(village_code, township_code)) stored;
alter table county_fact add column division varchar(12) generated always as (coalesce(village_code, township_code)) stored;
-- A notification belongs to the division it is addressed to.
alter table notification add column division varchar(12) generated always as (recipient_division) stored;

select bastion_divide_by_parent('notification_read', 'notification', 'id', 'notification_id');
select bastion_divide_by_parent('report_reminder', 'case_file', 'case_id', 'case_id');

-- Who is paired with which village (bastion-pairings): what a county leader or a department reads.
create table partner_pairing (
    pairing_id      uuid primary key,
    village_code    varchar(12) not null,
    partner_account text        not null,
    form            text        not null,
    active          boolean     not null,
    updated_at      timestamptz not null,
    division        varchar(12) generated always as (village_code) stored
);
create index partner_pairing_by_partner on partner_pairing (partner_account, village_code) where active;

alter table audit_entry add column division varchar(12) not null default '';
update audit_entry a set division = coalesce(case a.target_type
    when 'acceptance' then (select x.village_code from acceptance x where x.id::text = a.target_key)
    when 'accountability' then (select x.division from accountability x where x.id::text = a.target_key)
    when 'bulletin' then (select x.division from bulletin x where x.id::text = a.target_key)
    when 'case' then (select x.village_code from case_file x where x.case_id::text = a.target_key)
    when 'follow-up' then (select x.village_code from follow_up x where x.id::text = a.target_key)
    when 'inspection' then (select x.village_code from inspection x where x.id::text = a.target_key)
    when 'finding' then (select x.village_code from inspection_finding x where x.id::text = a.target_key)
    when 'interview' then (select x.township_code from interview x where x.id::text = a.target_key)
    when 'weekly-report' then (select x.village_code from weekly_report x where x.id::text = a.target_key) end, '');
alter table audit_entry alter column division drop default;
