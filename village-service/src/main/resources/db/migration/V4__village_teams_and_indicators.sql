-- The village "two committees" (两委班子) and reserve cadres, person by person. ID-card and phone
-- numbers are personal data: shown only to the county and the village's township.
create table team_member (
    id                 uuid        primary key,
    village_code       varchar(12) not null references village (code),
    name               text        not null,
    id_card_number     varchar(18),
    phone              varchar(20),
    role               varchar(24) not null,
    committee          varchar(24),
    appointment_source varchar(24) not null,
    appointing_unit    text,
    started_on         date        not null,
    ended_on           date,
    leaving_reason     varchar(24),
    leaving_note       text,
    version            int         not null,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    check (ended_on is null or ended_on >= started_on),
    check ((ended_on is null) = (leaving_reason is null))
);

create index team_member_by_village on team_member (village_code, started_on);

-- A village's figures for a year: what the stage report counts (Party members and activists
-- developed, the activity venue, collective income, backward turned advanced).
create table village_indicator (
    village_code               varchar(12)   not null references village (code),
    year                       int           not null,
    party_members_developed    int           not null default 0 check (party_members_developed >= 0),
    activists_developed        int           not null default 0 check (activists_developed >= 0),
    venue_built                boolean       not null default false,
    venue_area_m2              numeric(10,1) check (venue_area_m2 >= 0),
    venue_investment           numeric(12,2) check (venue_investment >= 0),
    collective_income          numeric(12,2) check (collective_income >= 0),
    backward_to_advanced       boolean       not null default false,
    version                    int           not null,
    updated_at                 timestamptz   not null,
    primary key (village_code, year)
);
