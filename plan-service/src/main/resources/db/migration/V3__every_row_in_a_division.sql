-- Every record belongs to the village it concerns; the platform's policies (bastion-platform,
-- db/scope) keep each row inside the scope of the session that reads or writes it, whatever the
-- query. Rows that hang off a plan or a measure take its division when they are written.

alter table case_file add column division varchar(12) generated always as (village_code) stored;
alter table plan add column division varchar(12) generated always as (village_code) stored;

select bastion_divide_by_parent('plan_measure', 'plan', 'id', 'plan_id');
select bastion_divide_by_parent('measure_progress', 'plan_measure', 'id', 'measure_id');
select bastion_divide_by_parent('measure_extension', 'plan_measure', 'id', 'measure_id');
select bastion_divide_by_parent('plan_submission', 'plan', 'id', 'plan_id');
select bastion_divide_by_parent('plan_evaluation', 'plan', 'id', 'plan_id');
select bastion_divide_by_parent('plan_audit', 'plan', 'id', 'plan_id');

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
    when 'plan' then (select p.village_code from plan p where p.id::text = a.target_key)
    when 'measure' then (select m.division from plan_measure m where m.id::text = a.target_key) end, '');
alter table audit_entry alter column division drop default;
