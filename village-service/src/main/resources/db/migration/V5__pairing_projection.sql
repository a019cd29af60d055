-- Which county leader or department is paired with which village, as assistance-service announces
-- it: the account is the subject of the partner's token, so a county leader or department reads
-- exactly its paired villages.
create table village_pairing (
    pairing_id      uuid        primary key,
    village_code    varchar(12) not null,
    partner_account text        not null,
    form            text        not null,
    active          boolean     not null,
    updated_at      timestamptz not null
);

create index village_pairing_by_partner on village_pairing (partner_account, village_code) where active;
