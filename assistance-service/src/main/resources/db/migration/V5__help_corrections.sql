-- A help record is corrected from the version its editor read (If-Match), or voided with a reason:
-- a voided record stays to be read and counts nowhere.
select set_config('bastion.scope', '%', true);
alter table help_record add column version int not null default 0;
alter table help_record add column created_at timestamptz;
alter table help_record add column updated_at timestamptz;
update help_record set created_at = recorded_at, updated_at = recorded_at;
alter table help_record alter column created_at set not null;
alter table help_record alter column updated_at set not null;
alter table help_record alter column version drop default;
alter table help_record add column voided_on date;
alter table help_record add column voided_by text;
alter table help_record add column void_reason text;
