-- The stage report counts villages whose finances were audited and the village rules established
-- (村级财务审计, 规范村级工作制度); both are a village's facts for a year like the others.
alter table village_indicator
    add column financially_audited boolean not null default false,
    add column rules_established   int     not null default 0 check (rules_established >= 0);
