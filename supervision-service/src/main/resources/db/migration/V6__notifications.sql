-- Notifications (通知): addressed to a role within a division (a township's operators, the county's
-- admins) and rendered in the reader's language from their kind and arguments.
create table notification (
    id                 uuid primary key,
    recipient_role     text        not null,
    recipient_division text        not null,
    kind               text        not null,
    arguments          jsonb       not null,
    village_code       varchar(12),
    reference          text,
    created_at         timestamptz not null
);
create index notification_inbox on notification (recipient_role, recipient_division, created_at desc, id);

-- Who has read which notification.
create table notification_read (
    notification_id uuid        not null references notification (id),
    account         text        not null,
    read_at         timestamptz not null,
    primary key (notification_id, account)
);
