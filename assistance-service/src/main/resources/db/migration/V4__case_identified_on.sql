-- The day village-service says a case was identified (a county may record an earlier day of its
-- campaign). Cases projected so far take the day they were projected, as before.
-- Every row, whatever its division: the scope policies hold for migrations too.
select set_config('bastion.scope', '%', true);
alter table case_file add column identified_on date;
update case_file set identified_on = (identified_at at time zone 'Asia/Shanghai')::date;
alter table case_file alter column identified_on set not null;
