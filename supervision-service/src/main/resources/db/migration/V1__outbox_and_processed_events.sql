-- The transactional outbox: each event is written in the same transaction as the change it
-- reports, then relayed to Kafka in id order; published_at marks what the relay has sent.
create table outbox (
    id           bigint generated always as identity primary key,
    event_id     uuid        not null unique,
    event_type   text        not null,
    -- The Kafka record key and CloudEvents subject: the village's 12-digit division code, so
    -- every event of one village lands on one partition, in order.
    subject      varchar(12) not null,
    payload      jsonb       not null,
    occurred_at  timestamptz not null default now(),
    published_at timestamptz
);

create index outbox_unpublished on outbox (id) where published_at is null;

-- Idempotent consumers: an incoming event's identity (CloudEvents source + id) is recorded in the
-- same transaction as its effect, so a redelivered event is recognised and skipped.
create table processed_event (
    source       text        not null,
    event_id     text        not null,
    event_type   text        not null,
    processed_at timestamptz not null default now(),
    primary key (source, event_id)
);
