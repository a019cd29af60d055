-- Counties and townships by their 12-digit statistical division code. Villages live in their own
-- table, which holds far more about them.
create table division (
    code        varchar(12) primary key,
    level       varchar(8)  not null check (level in ('COUNTY', 'TOWNSHIP')),
    name        text        not null,
    parent_code varchar(12) references division (code),
    version     int         not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);

create index division_parent on division (parent_code, code);

-- Every change to a village takes the next number of this sequence while holding a transaction
-- lock (see VillageChanges), so numbers are handed out in commit order and the changes feed, which
-- reads them in order, never skips a change that commits late.
create sequence village_change_seq;

create table village (
    code                    varchar(12) primary key,
    township_code           varchar(12) not null references division (code),
    name                    text        not null,
    urban_rural_class       varchar(3)  not null,
    households              int,
    population              int,
    party_members           int,
    party_organization_form varchar(16),
    version                 int         not null,
    change_seq              bigint      not null unique,
    -- A removed village stays as a tombstone so that the changes feed can tell clients to drop it.
    removed                 boolean     not null default false,
    created_at              timestamptz not null,
    updated_at              timestamptz not null
);

create index village_by_township on village (township_code, code) where not removed;

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
