-- rare-earth.1: high-end talent teams rare-earth enterprises bring in, case by case (一事一议), reported by the
-- enterprise or the city office and confirmed by the city office; confirmed teams count towards the year's target.
create sequence re_team_seq start with 1 increment by 50;
create table re_team (
    id              bigint         primary key,
    version         integer        not null,
    name            varchar(200)   not null,
    field           varchar(30)    not null,
    enterprise_id   bigint         not null references core_enterprise (id),
    district_code   varchar(6)     not null references core_district (code),
    leader_name     varchar(50)    not null,
    members         integer        not null,
    introduced_on   date           not null,
    terms           varchar(4000)  not null,
    status          varchar(20)    not null,
    reported_by     varchar(64)    not null,
    decided_by      varchar(64),
    decided_on      date,
    decision_note   varchar(2000),
    constraint re_team_status_ck check (status in ('REPORTED', 'CONFIRMED', 'DECLINED')),
    constraint re_team_members_ck check (members > 0)
);
create index re_team_introduced_ix on re_team (introduced_on);

-- What measures 4, 8, 14 and 15 record case by case: flexible introductions, research cooperation agreements,
-- 离岗创业 agreements with their 一事一议 terms, and the districts' service task forces.
create sequence re_record_seq start with 1 increment by 50;
create table re_record (
    id              bigint         primary key,
    measure_no      integer        not null references re_measure (measure_no),
    kind            varchar(30)    not null,
    title           varchar(200)   not null,
    counterpart     varchar(200)   not null,
    enterprise_id   bigint         references core_enterprise (id),
    district_code   varchar(6)     references core_district (code),
    started_on      date           not null,
    ended_on        date,
    people          integer,
    terms           varchar(4000),
    recorded_by     varchar(64)    not null,
    recorded_at     timestamp with time zone not null,
    constraint re_record_measure_ck check (measure_no in (4, 8, 14, 15)),
    constraint re_record_people_ck check (people is null or people >= 0),
    constraint re_record_period_ck check (ended_on is null or ended_on >= started_on)
);
create index re_record_measure_ix on re_record (measure_no, started_on);
