-- A reminder sent before a weekly report's deadline, once per case and week.
create table report_reminder (
    case_id   uuid        not null references case_file (case_id),
    week      varchar(8)  not null,
    sent_at   timestamptz not null,
    primary key (case_id, week)
);
