-- Intake: job demands (岗位需求, intake.5.1 征集需求, intake.5.2 发布需求) and the public catalog they make; recruitment
-- events at universities (推介引才活动) and outside talent workstations (域外人才工作站) with the candidates each brought.
-- Runs unchanged on H2 2.2 and PostgreSQL 15+.

create sequence intake_job_demand_seq start with 1 increment by 50;
create table intake_job_demand (
    id               bigint        primary key,
    version          integer       not null,
    enterprise_id    bigint        not null references core_enterprise (id),
    position_title   varchar(100)  not null,
    headcount        integer       not null,
    degree           varchar(10)   not null,
    discipline_code  varchar(2)    not null,
    majors           varchar(200)  not null,
    work_type        varchar(30)   not null,
    duties           varchar(2000) not null,
    salary_min_yuan  numeric(18, 2),
    salary_max_yuan  numeric(18, 2),
    work_location    varchar(100)  not null,
    contact_phone    varchar(40),
    contact_email    varchar(100),
    status           varchar(12)   not null,
    return_reason    varchar(2000),
    created_by       varchar(64)   not null,
    created_at       timestamp with time zone not null,
    submitted_at     timestamp with time zone,
    published_on     date,
    closed_at        timestamp with time zone,
    constraint intake_job_demand_headcount_ck check (headcount between 1 and 999),
    constraint intake_job_demand_degree_ck check (degree in ('DOCTOR', 'MASTER')),
    constraint intake_job_demand_work_ck check (work_type in
        ('RESEARCH_DEVELOPMENT', 'PROCESS_IMPROVEMENT', 'PROCESS_INNOVATION', 'INSPECTION_TESTING')),
    constraint intake_job_demand_status_ck check (status in ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'RETURNED', 'CLOSED')),
    constraint intake_job_demand_salary_ck check (
        (salary_min_yuan is null or salary_min_yuan >= 0)
        and (salary_max_yuan is null or salary_max_yuan >= 0)
        and (salary_min_yuan is null or salary_max_yuan is null or salary_min_yuan <= salary_max_yuan)),
    constraint intake_job_demand_contact_ck check (contact_phone is not null or contact_email is not null),
    constraint intake_job_demand_published_ck check (status <> 'PUBLISHED' or published_on is not null)
);
create index intake_job_demand_enterprise_ix on intake_job_demand (enterprise_id);
create index intake_job_demand_status_ix on intake_job_demand (status, published_on);

create sequence intake_recruitment_event_seq start with 1 increment by 50;
create table intake_recruitment_event (
    id             bigint        primary key,
    version        integer       not null,
    name           varchar(200)  not null,
    university     varchar(100)  not null,
    region         varchar(60),
    starts_on      date          not null,
    ends_on        date          not null,
    organiser      varchar(100)  not null,
    created_by     varchar(64)   not null,
    created_at     timestamp with time zone not null,
    constraint intake_recruitment_event_dates_ck check (ends_on >= starts_on)
);
create index intake_recruitment_event_starts_ix on intake_recruitment_event (starts_on);

create sequence intake_workstation_seq start with 1 increment by 50;
create table intake_workstation (
    id               bigint        primary key,
    version          integer       not null,
    name             varchar(200)  not null,
    region           varchar(60)   not null,
    host_institution varchar(100)  not null,
    contact_phone    varchar(40),
    contact_email    varchar(100),
    active_from      date          not null,
    active_to        date,
    created_by       varchar(64)   not null,
    created_at       timestamp with time zone not null,
    constraint intake_workstation_dates_ck check (active_to is null or active_to >= active_from),
    constraint intake_workstation_contact_ck check (contact_phone is not null or contact_email is not null)
);

-- a candidate comes from exactly one source: an event or a workstation
create sequence intake_candidate_seq start with 1 increment by 50;
create table intake_candidate (
    id               bigint        primary key,
    version          integer       not null,
    event_id         bigint        references intake_recruitment_event (id),
    workstation_id   bigint        references intake_workstation (id),
    full_name        varchar(50)   not null,
    degree           varchar(10)   not null,
    institution      varchar(100)  not null,
    major            varchar(100)  not null,
    enterprise_id    bigint        references core_enterprise (id),
    status           varchar(12)   not null,
    updated_by       varchar(64)   not null,
    updated_at       timestamp with time zone not null,
    constraint intake_candidate_source_ck check (
        (event_id is not null and workstation_id is null) or (event_id is null and workstation_id is not null)),
    constraint intake_candidate_degree_ck check (degree in ('DOCTOR', 'MASTER')),
    constraint intake_candidate_status_ck check (status in ('CONTACTED', 'INTERVIEWED', 'OFFERED', 'DECLINED'))
);
create index intake_candidate_event_ix on intake_candidate (event_id);
create index intake_candidate_workstation_ix on intake_candidate (workstation_id);
create index intake_candidate_enterprise_ix on intake_candidate (enterprise_id);
