-- When each key-contact case owed weekly reports (周报制度): from the moment it entered RECTIFYING
-- until it left RECTIFYING and ACCEPTANCE, as village-service's events say.
create table report_obligation (
    id            bigint generated always as identity primary key,
    case_id       uuid        not null references case_file (case_id),
    village_code  varchar(12) not null,
    township_code varchar(9)  not null,
    since         timestamptz not null,
    until         timestamptz
);
create unique index report_obligation_open on report_obligation (case_id) where until is null;
create index report_obligation_case on report_obligation (case_id, since);

-- One report per case and ISO week.
create table weekly_report (
    id            uuid primary key,
    case_id       uuid        not null references case_file (case_id),
    village_code  varchar(12) not null,
    township_code varchar(9)  not null,
    week          varchar(8)  not null,
    progress      text        not null,
    problems      text,
    next_steps    text        not null,
    attachments   text[]      not null,
    submitted_by  text        not null,
    submitted_at  timestamptz not null,
    on_time       boolean     not null,
    unique (case_id, week)
);
create index weekly_report_week on weekly_report (week, village_code);

-- A report found missing after its deadline, alerted once per case and week.
create table missed_report (
    case_id       uuid        not null references case_file (case_id),
    week          varchar(8)  not null,
    village_code  varchar(12) not null,
    alerted_at    timestamptz not null,
    primary key (case_id, week)
);
