-- A POST answered once is answered the same way again for the same key (mobile retries).
create table idempotency_record (
    caller          text        not null,
    idempotency_key text        not null,
    request_hash    text        not null,
    status          int         not null,
    location        text,
    etag            text,
    body            text,
    created_at      timestamptz not null,
    primary key (caller, idempotency_key)
);

-- Who changed what, when, from which request: one row per write, in the write's transaction.
create table audit_entry (
    id          bigint generated always as identity primary key,
    at          timestamptz not null,
    actor       text        not null,
    roles       text        not null,
    action      text        not null,
    target_type text        not null,
    target_key  text        not null,
    request_id  text,
    details     jsonb
);
create index audit_entry_target on audit_entry (target_type, target_key, id);

-- village-service's cases, as its events tell them (the projection bastion-cases keeps).
create table case_file (
    case_id          uuid primary key,
    village_code     varchar(12) not null,
    township_code    varchar(9)  not null,
    village_name     text        not null,
    campaign_year    int         not null,
    categories       text[]      not null,
    grade            text        not null,
    status           text        not null,
    rectify_deadline date,
    case_version     int         not null,
    identified_at    timestamptz not null,
    updated_at       timestamptz not null
);
create index case_file_village on case_file (village_code);

-- The acceptance checklist (盘点验收): items whose weights total 100.
create table acceptance_item (
    code     text primary key,
    title    text not null,
    weight   int  not null check (weight between 1 and 100),
    position int  not null
);
insert into acceptance_item (code, title, weight, position) values
    ('TEAM', '班子配齐配强，书记胜任', 30, 1),
    ('RULES', '组织制度健全并落实，组织生活正常', 20, 2),
    ('DISCLOSURE', '村务财务公开，民主管理规范', 20, 3),
    ('PROBLEMS', '认定的突出问题整改到位', 20, 4),
    ('DEVELOPMENT', '发展思路清晰，集体经济有起色', 10, 5);

-- Each acceptance of a case: requested, then scored by inspectors with the satisfaction survey.
create table acceptance (
    id                          uuid primary key,
    case_id                     uuid        not null references case_file (case_id),
    village_code                varchar(12) not null,
    township_code               varchar(9)  not null,
    round                       int         not null,
    status                      text        not null,
    request_note                text,
    requested_by                text        not null,
    requested_at                timestamptz not null,
    scores                      jsonb,
    score                       numeric(5, 2),
    party_members_respondents   int,
    party_members_dissatisfied  int,
    representatives_respondents int,
    representatives_dissatisfied int,
    new_deadline                date,
    assessment_note             text,
    assessed_by                 text,
    assessed_at                 timestamptz,
    version                     int         not null,
    created_at                  timestamptz not null,
    updated_at                  timestamptz not null,
    unique (case_id, round)
);
-- One acceptance in progress per case.
create unique index acceptance_open on acceptance (case_id) where status = 'REQUESTED';
create index acceptance_queue on acceptance (status, village_code, id);

-- The write-off (销号) of a transformed case after its consolidation, and the follow-up visit
-- (回头看) it schedules.
create table write_off (
    id           uuid primary key,
    case_id      uuid        not null unique references case_file (case_id),
    village_code varchar(12) not null,
    note         text,
    written_by   text        not null,
    written_at   timestamptz not null
);

create table follow_up (
    id           uuid primary key,
    case_id      uuid        not null references case_file (case_id),
    village_code varchar(12) not null,
    due_on       date        not null,
    status       text        not null,
    visited_on   date,
    relapsed     boolean,
    categories   text[],
    basis        text,
    note         text,
    recorded_by  text,
    recorded_at  timestamptz,
    version      int         not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null
);
create index follow_up_due on follow_up (status, due_on, id);
