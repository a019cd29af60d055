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

-- village-service's cases, as its events tell them (the projection bastion-cases keeps): their
-- status decides whether a pairing may end.
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

-- County-level leaders (县级领导), the units that send help, and the people they send.
create table leader (
    id         uuid primary key,
    account    text        not null unique,
    name       text        not null,
    post       text        not null,
    version    int         not null,
    created_at timestamptz not null,
    updated_at timestamptz not null
);

create table unit (
    id         uuid primary key,
    account    text        not null unique,
    name       text        not null,
    kind       text        not null,
    version    int         not null,
    created_at timestamptz not null,
    updated_at timestamptz not null
);

create table envoy (
    id         uuid primary key,
    unit_id    uuid        not null references unit (id),
    name       text        not null,
    post       text        not null,
    phone      text,
    version    int         not null,
    created_at timestamptz not null,
    updated_at timestamptz not null
);
create index envoy_unit on envoy (unit_id);

-- A case paired with a county leader (the contact) or a unit in one of the forms of help.
create table pairing (
    id                      uuid primary key,
    case_id                 uuid        not null references case_file (case_id),
    village_code            varchar(12) not null,
    township_code           varchar(9)  not null,
    form                    text        not null,
    leader_id               uuid references leader (id),
    unit_id                 uuid references unit (id),
    envoys                  uuid[]      not null,
    joint_branch_secretary  boolean     not null,
    partner_account         text        not null,
    started_on              date        not null,
    ended_on                date,
    end_reason              text,
    handed_over_to          uuid,
    active                  boolean     not null,
    version                 int         not null,
    created_at              timestamptz not null,
    updated_at              timestamptz not null,
    check ((leader_id is null) <> (unit_id is null))
);
-- Exactly one county-leader contact per case at a time, kept by the database too.
create unique index pairing_one_contact on pairing (case_id) where active and form = 'COUNTY_LEADER_CONTACT';
create index pairing_case on pairing (case_id, active);
create index pairing_partner on pairing (partner_account, active);

-- What help was given: visits, projects, funds, infrastructure, trainings, practical matters.
create table help_record (
    id                      uuid primary key,
    kind                    text          not null,
    village_code            varchar(12),
    township_code           varchar(9)    not null,
    leader_id               uuid references leader (id),
    unit_id                 uuid references unit (id),
    happened_on             date          not null,
    title                   text          not null,
    note                    text,
    project_kind            text,
    amount_wan              numeric(12, 2),
    length_km               numeric(10, 2),
    households              int,
    area_m2                 numeric(10, 2),
    sessions                int,
    people_trained          int,
    petition_risks_resolved int,
    recorded_by             text          not null,
    recorded_at             timestamptz   not null
);
create index help_record_village on help_record (village_code, happened_on);
create index help_record_township on help_record (township_code, happened_on);
create index help_record_unit on help_record (unit_id, happened_on);
