-- Announced and unannounced inspections (明察暗访) of a village, their findings, and the corrections
-- each finding requires, followed until the inspectors close them.
create table inspection (
    id            uuid primary key,
    kind          text        not null,
    village_code  varchar(12) not null,
    township_code varchar(9)  not null,
    case_id       uuid references case_file (case_id),
    inspected_on  date        not null,
    inspectors    text[]      not null,
    summary       text        not null,
    recorded_by   text        not null,
    recorded_at   timestamptz not null
);
create index inspection_village on inspection (village_code, inspected_on);

create table inspection_finding (
    id                  uuid primary key,
    inspection_id       uuid        not null references inspection (id),
    village_code        varchar(12) not null,
    position            int         not null,
    description         text        not null,
    severity            text        not null,
    correction_required text        not null,
    correction_deadline date        not null,
    status              text        not null,
    correction_note     text,
    corrected_at        timestamptz,
    verification_note   text,
    closed_at           timestamptz,
    version             int         not null,
    created_at          timestamptz not null,
    updated_at          timestamptz not null
);
create index inspection_finding_open on inspection_finding (status, correction_deadline, id);
