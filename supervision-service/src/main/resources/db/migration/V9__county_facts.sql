-- What the county counts (据统计): one row per fact and the record it comes from, so that every
-- figure of the statistics and the stage report is a sum or a count over rows anyone can list.
-- A fact holds over a period: a day for an event, a year for a village's annual figures, a span
-- for a pairing. A figure for a date range takes the facts whose period touches the range.
create table county_fact (
    figure        varchar(40)   not null,
    source        varchar(20)   not null,
    source_id     varchar(80)   not null,
    subject       varchar(80)   not null,
    village_code  varchar(12),
    township_code varchar(9)    not null,
    period_start  date          not null,
    period_end    date          not null,
    quantity      numeric(14,2) not null,
    note          varchar(40),
    primary key (figure, source, source_id)
);
create index county_fact_period on county_fact (figure, period_start);
create index county_fact_source on county_fact (source, source_id);

-- The newest version applied per source record, so a late duplicate cannot bring back old facts.
create table fact_source (
    source    varchar(20) not null,
    source_id varchar(80) not null,
    version   int         not null,
    primary key (source, source_id)
);

-- Each village's collective income by year (万元): a village counts once it rose from nothing to 5.
create table village_income (
    village_code  varchar(12)   not null,
    year          int           not null,
    income        numeric(12,2),
    primary key (village_code, year)
);
