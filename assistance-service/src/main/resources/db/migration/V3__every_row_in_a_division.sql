-- Every record belongs to a division; the platform's policies (bastion-platform, db/scope) keep
-- each row inside the scope of the session that reads or writes it, whatever the query.

alter table case_file add column division varchar(12) generated always as (village_code) stored;
alter table pairing add column division varchar(12) generated always as (village_code) stored;
-- A township-wide training belongs to its township.
alter table help_record add column division varchar(12) generated always as (coalesce(village_code, township_code)) stored;

-- Leaders and units are the reference data of the county that registered them: only that county
-- reaches them, and its county leaders and departments read them. The same account may serve in
-- two counties.
alter table leader add column division varchar(6);
update leader l set division = coalesce((select left(min(p.village_code), 6) from pairing p where p.leader_id = l.id), '');
alter table leader alter column division set not null;
alter table leader drop constraint leader_account_key;
alter table leader add constraint leader_account_in_county unique (division, account);
create policy bastion_reference on leader for select using (starts_with(bastion_home(), division));

alter table unit add column division varchar(6);
update unit u set division = coalesce((select left(min(p.village_code), 6) from pairing p where p.unit_id = u.id), '');
alter table unit alter column division set not null;
alter table unit drop constraint unit_account_key;
alter table unit add constraint unit_account_in_county unique (division, account);
create policy bastion_reference on unit for select using (starts_with(bastion_home(), division));

-- The people a unit sends are its county's; their phones are shown masked (see the service page).
select bastion_divide_by_parent('envoy', 'unit', 'id', 'unit_id');
create policy bastion_reference on envoy for select using (starts_with(bastion_home(), division));

alter table audit_entry add column division varchar(12) not null default '';
update audit_entry a set division = coalesce(case a.target_type
    when 'pairing' then (select p.village_code from pairing p where p.id::text = a.target_key)
    when 'help' then (select h.division from help_record h where h.id::text = a.target_key)
    when 'leader' then (select l.division from leader l where l.id::text = a.target_key)
    when 'unit' then (select u.division from unit u where u.id::text = a.target_key)
    when 'envoy' then (select e.division from envoy e where e.id::text = a.target_key) end, '');
alter table audit_entry alter column division drop default;
