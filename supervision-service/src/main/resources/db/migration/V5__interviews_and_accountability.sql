-- Measures plan-service reported overdue and not yet completed or given a new deadline: one of the
-- signs of slow progress the interview rules count.
create table overdue_measure (
    measure_id    uuid primary key,
    case_id       uuid        not null,
    village_code  varchar(12) not null,
    township_code varchar(9)  not null,
    deadline      date        not null,
    reported_at   timestamptz not null,
    resolved_at   timestamptz
);
create index overdue_measure_township on overdue_measure (township_code) where resolved_at is null;

-- Admonitory interviews (约谈) of a township's principal leaders, and their follow-up.
create table interview (
    id             uuid primary key,
    township_code  varchar(9)  not null,
    interviewed_on date        not null,
    interviewers   text[]      not null,
    interviewees   jsonb       not null,
    grounds        text[]      not null,
    issues         text        not null,
    commitments    text        not null,
    follow_up_by   date        not null,
    follow_up_on   date,
    follow_up_note text,
    kept           boolean,
    recorded_by    text        not null,
    recorded_at    timestamptz not null,
    version        int         not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null
);
create index interview_township on interview (township_code, interviewed_on);

-- Accountability (追究责任): who was held to account for which failed task, and how.
create table accountability (
    id            uuid primary key,
    township_code varchar(9)  not null,
    village_code  varchar(12),
    failed_task   text        not null,
    ground        text        not null,
    reference     text,
    persons       jsonb       not null,
    decided_on    date        not null,
    decided_by    text        not null,
    recorded_by   text        not null,
    recorded_at   timestamptz not null
);
create index accountability_township on accountability (township_code, decided_on);
