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

-- village-service's cases, as its events tell them: what a plan must address and where it belongs.
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
    -- The case's version in village-service: an event older than what is held changes nothing.
    case_version     int         not null,
    identified_at    timestamptz not null,
    updated_at       timestamptz not null
);
create index case_file_village on case_file (village_code);

-- One one-village-one-policy plan per case. Problems and the two township meetings are parts of
-- the plan's text; measures are rows of their own because they are carried out, one by one.
create table plan (
    id                      uuid primary key,
    case_id                 uuid        not null unique references case_file (case_id),
    village_code            varchar(12) not null,
    township_code           varchar(9)  not null,
    campaign_year           int         not null,
    stage                   text        not null,
    goals                   text        not null,
    problems                jsonb       not null,
    committee_meeting       jsonb,
    representatives_meeting jsonb,
    submissions             int         not null default 0,
    returns                 int         not null default 0,
    submitted_at            timestamptz,
    approved_at             timestamptz,
    version                 int         not null,
    created_at              timestamptz not null,
    updated_at              timestamptz not null
);
create index plan_queue on plan (stage, village_code, id);
create index plan_township on plan (township_code, village_code, id);

create table plan_measure (
    id                   uuid primary key,
    plan_id              uuid        not null references plan (id),
    key                  text        not null,
    position             int         not null,
    problem_key          text        not null,
    action               text        not null,
    remedy               text,
    responsible_person   text,
    responsible_post     text,
    responsible_unit     text,
    deadline             date,
    expected_result      text,
    status               text        not null,
    progress             int         not null default 0,
    completed_at         timestamptz,
    -- The deadline whose passing was last reported: a measure is reported overdue once per deadline.
    overdue_reported_for date,
    version              int         not null,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    unique (plan_id, key)
);
create index plan_measure_due on plan_measure (deadline, id) where status = 'OPEN';

-- What was done, as the township reported it: never overwritten.
create table measure_progress (
    id          bigint generated always as identity primary key,
    measure_id  uuid        not null references plan_measure (id),
    percent     int         not null,
    note        text        not null,
    evidence    text[]      not null,
    completes   boolean     not null,
    recorded_by text        not null,
    recorded_at timestamptz not null
);
create index measure_progress_measure on measure_progress (measure_id, id);

create table measure_extension (
    id                 uuid primary key,
    measure_id         uuid        not null references plan_measure (id),
    current_deadline   date        not null,
    requested_deadline date        not null,
    reason             text        not null,
    status             text        not null,
    requested_by       text        not null,
    requested_at       timestamptz not null,
    decided_by         text,
    decided_at         timestamptz,
    decision_note      text
);
create unique index measure_extension_pending on measure_extension (measure_id) where status = 'PENDING';

-- Every submitted version of a plan, immutable: what the county evaluated and audited.
create table plan_submission (
    id           bigint generated always as identity primary key,
    plan_id      uuid        not null references plan (id),
    number       int         not null,
    snapshot     jsonb       not null,
    submitted_by text        not null,
    submitted_at timestamptz not null,
    unique (plan_id, number)
);

-- Step two: the county organization department's evaluation through the eight remedies.
create table plan_evaluation (
    id              bigint generated always as identity primary key,
    plan_id         uuid        not null references plan (id),
    submission      int         not null,
    feasibility     text        not null,
    expected_effect text        not null,
    suggestions     jsonb       not null,
    evaluated_by    text        not null,
    evaluated_at    timestamptz not null,
    unique (plan_id, submission)
);

-- Step three: each audit is a numbered round, kept and never overwritten.
create table plan_audit (
    id          bigint generated always as identity primary key,
    plan_id     uuid        not null references plan (id),
    round       int         not null,
    submission  int         not null,
    decision    text        not null,
    findings    jsonb       not null,
    judgements  jsonb       not null,
    reasons     jsonb       not null,
    audited_by  text        not null,
    audited_at  timestamptz not null,
    unique (plan_id, round)
);
