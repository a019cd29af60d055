-- The day a case was identified, which a county recording a campaign begun before it used Bastion
-- sets to the day it happened. Cases entered so far were identified the day they were entered.
-- Every row, whatever its division: the scope policies hold for migrations too.
select set_config('bastion.scope', '%', true);
alter table rectification_case add column identified_on date;
update rectification_case set identified_on = (created_at at time zone 'Asia/Shanghai')::date;
alter table rectification_case alter column identified_on set not null;
