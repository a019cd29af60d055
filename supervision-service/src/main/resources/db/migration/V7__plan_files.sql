-- plan-service's plans as its events tell them: where each stands and how often it was returned,
-- for the campaign's dashboard.
create table plan_file (
    plan_id             uuid primary key,
    case_id             uuid        not null,
    village_code        varchar(12) not null,
    township_code       varchar(9)  not null,
    campaign_year       int         not null,
    stage               text        not null,
    returns             int         not null,
    beyond_usual_rounds boolean     not null,
    plan_version        int         not null,
    updated_at          timestamptz not null
);
create index plan_file_township on plan_file (township_code);
