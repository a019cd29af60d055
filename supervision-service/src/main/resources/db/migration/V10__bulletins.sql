-- Periodic bulletins (定期通报): generated from the records for a period, edited while a draft, and
-- frozen at publication, their Markdown and HTML kept as published.
create table bulletin (
    id           uuid primary key,
    division     varchar(12) not null,
    period_from  date        not null,
    period_to    date        not null,
    title        text        not null,
    preface      text,
    closing      text,
    content      jsonb       not null,
    status       text        not null,
    markdown     text,
    html         text,
    created_by   text        not null,
    published_by text,
    published_at timestamptz,
    version      int         not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null
);
create index bulletin_recent on bulletin (id);
