-- The working-day calendar: one row per year whose State Council holiday notice is entered, and the days it lists
-- (a day off, or a weekend day worked, 调休). Every other Monday to Friday is worked, every other weekend day is not.
-- Runs unchanged on H2 2.2 and PostgreSQL 15+. "year" and "day" are reserved words in H2, hence calendar_year and
-- calendar_date.

create table core_calendar_year (
    calendar_year  integer      primary key,
    source         varchar(500) not null,
    loaded_at      timestamp    not null
);

create table core_calendar_day (
    calendar_date  date        primary key,
    calendar_year  integer     not null references core_calendar_year (calendar_year),
    off_day        boolean     not null,
    name           varchar(60) not null
);
create index core_calendar_day_year_ix on core_calendar_day (calendar_year);

create table core_calendar_year_aud (
    calendar_year  integer   not null,
    rev            bigint    not null references core_revision (id),
    revtype        smallint,
    source         varchar(500),
    loaded_at      timestamp,
    primary key (calendar_year, rev)
);

create table core_calendar_day_aud (
    calendar_date  date      not null,
    rev            bigint    not null references core_revision (id),
    revtype        smallint,
    calendar_year  integer,
    off_day        boolean,
    name           varchar(60),
    primary key (calendar_date, rev)
);
