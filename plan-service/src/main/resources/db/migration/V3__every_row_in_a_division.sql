-- Every record belongs to the village it concerns; the platform's policies (bastion-platform,
-- db/scope) keep each row inside the scope of the session that reads or writes it, whatever the
-- query. Rows that hang off a plan or a measure take its division when they are written.

alter table case_file add column division varchar(12) generated always as (village_code) stored;
alter table plan add column division varchar(12) generated always as (village_code) stored;

alter table plan_measure add column division varchar(12);
update plan_measure m set division = p.village_code from plan p where p.id = m.plan_id;
alter table plan_measure alter column division set not null;
create trigger plan_measure_division before insert on plan_measure
    for each row execute function bastion_inherit_division('plan', 'id', 'plan_id');

alter table measure_progress add column division varchar(12);
update measure_progress x set division = m.division from plan_measure m where m.id = x.measure_id;
alter table measure_progress alter column division set not null;
create trigger measure_progress_division before insert on measure_progress
    for each row execute function bastion_inherit_division('plan_measure', 'id', 'measure_id');

alter table measure_extension add column division varchar(12);
update measure_extension x set division = m.division from plan_measure m where m.id = x.measure_id;
alter table measure_extension alter column division set not null;
create trigger measure_extension_division before insert on measure_extension
    for each row execute function bastion_inherit_division('plan_measure', 'id', 'measure_id');

alter table plan_submission add column division varchar(12);
update plan_submission x set division = p.village_code from plan p where p.id = x.plan_id;
alter table plan_submission alter column division set not null;
create trigger plan_submission_division before insert on plan_submission
    for each row execute function bastion_inherit_division('plan', 'id', 'plan_id');

alter table plan_evaluation add column division varchar(12);
update plan_evaluation x set division = p.village_code from plan p where p.id = x.plan_id;
alter table plan_evaluation alter column division set not null;
create trigger plan_evaluation_division before insert on plan_evaluation
    for each row execute function bastion_inherit_division('plan', 'id', 'plan_id');

alter table plan_audit add column division varchar(12);
update plan_audit x set division = p.village_code from plan p where p.id = x.plan_id;
alter table plan_audit alter column division set not null;
create trigger plan_audit_division before insert on plan_audit
    for each row execute function bastion_inherit_division('plan', 'id', 'plan_id');

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
