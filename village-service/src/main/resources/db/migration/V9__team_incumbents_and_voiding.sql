-- A team member in office already when the campaign began is recorded as such, so that a successor
-- can take over without the incumbent counting as a new appointment (docs/figures.md).
alter table team_member add column incumbent boolean not null default false;

-- A tenure entered by mistake is voided, not deleted: it stays to be read with who voided it and why,
-- and is in office nowhere.
alter table team_member add column voided_on date;
alter table team_member add column voided_by text;
alter table team_member add column void_reason text;
