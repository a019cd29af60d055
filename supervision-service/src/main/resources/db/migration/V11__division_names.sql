-- What counties and townships are called, from village-service's division-changed events, so a
-- bulletin and the stage report name them rather than give their codes.
create table division_name (
    code    varchar(12)  primary key,
    name    varchar(100) not null,
    version int          not null
);
