-- The catalogue of weakness categories. Year 0 holds the national list, valid in every campaign
-- year; a county adds its own for a year under that year.
create table weakness_category (
    campaign_year int     not null,
    code          text    not null check (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    name          text    not null,
    name_en       text    not null,
    position      int     not null,
    primary key (campaign_year, code)
);

insert into weakness_category (campaign_year, code, name, name_en, position) values
    (0, 'TEAM_INCOMPLETE', '班子配备不齐、书记长期缺职、工作处于停滞状态', 'Team incomplete, secretary long vacant, work at a standstill', 1),
    (0, 'SECRETARY_UNFIT', '书记不胜任现职、工作不在状态', 'Secretary unfit for the post', 2),
    (0, 'TEAM_DISUNITED', '班子不团结、内耗严重', 'Team disunited, serious infighting', 3),
    (0, 'RULES_NOMINAL', '组织制度形同虚设、不开展组织活动', 'Organizational rules nominal, no organizational life', 4),
    (0, 'ELECTION_BRIBERY', '换届选举拉票贿选问题突出', 'Canvassing and vote buying in elections', 5),
    (0, 'CLAN_OR_GANG_INTERFERENCE', '宗族宗教和黑恶势力干扰渗透', 'Interference by clans, religion or gangs', 6),
    (0, 'DISCLOSURE_CHAOS', '村务财务公开和民主管理混乱', 'Village affairs and finances not disclosed, democratic management in disorder', 7),
    (0, 'ORDER_AND_PETITIONS', '社会治安问题和信访矛盾纠纷集中', 'Public order problems and petitions concentrated', 8),
    (0, 'NO_VENUE', '无固定办公活动场所及便民服务设施', 'No fixed office, activity venue or service facilities', 9),
    (0, 'POOR_SERVICE', '服务意识差、服务能力弱、群众意见大', 'Poor service, weak capacity, strong complaints', 10),
    (0, 'VILLAGE_TYRANT', '存在"村霸"问题', 'Village tyrants', 11),
    (0, 'PETTY_CORRUPTION', '存在"微腐败"', 'Petty corruption', 12),
    (0, 'NO_COLLECTIVE_INCOME', '无集体经济收入', 'No collective economic income', 13),
    (0, 'OTHER', '其他（须写明依据）', 'Other (basis required)', 14);

-- A case: one village, one campaign year, from identification to write-off.
create table rectification_case (
    id                     uuid         primary key,
    village_code           varchar(12)  not null references village (code),
    campaign_year          int          not null,
    status                 varchar(16)  not null,
    categories             text[]       not null,
    other_basis            text,
    basis                  text         not null,
    source                 varchar(32)  not null,
    source_detail          text,
    talks_held             int          not null default 0,
    suggestions_collected  int          not null default 0,
    questionnaires         int          not null default 0,
    hard_case_flags        text[]       not null default '{}',
    grade                  varchar(8)   not null,
    previous_case_id       uuid         references rectification_case (id),
    rectify_deadline       date,
    version                int          not null,
    created_at             timestamptz  not null,
    updated_at             timestamptz  not null
);

-- One open case per village: a second is refused by the registry with 409, and by this index
-- should two requests race.
create unique index one_open_case_per_village on rectification_case (village_code)
    where status in ('IDENTIFIED', 'PLANNING', 'RECTIFYING', 'ACCEPTANCE', 'CONSOLIDATING');
create index case_by_status on rectification_case (status, village_code);

-- Every move of a case, never overwritten: who, when, why, and the event that caused it.
create table case_transition (
    id                 bigint generated always as identity primary key,
    case_id            uuid         not null references rectification_case (id),
    from_status        varchar(16),
    to_status          varchar(16)  not null,
    at                 timestamptz  not null,
    actor              text         not null,
    reason             text,
    deadline           date,
    trigger_event_id   text,
    trigger_event_type text
);

create index case_transition_by_case on case_transition (case_id, id);
