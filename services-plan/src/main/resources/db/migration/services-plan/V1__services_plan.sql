-- The key-enterprise talent service plan (重点企业人才精准服务计划): enterprises' figures confirmed by their district,
-- nominations (推荐申请) with their nominees and the city office's meetings, the 16 service items of each approved
-- nominee, service requests routed to departments, and the proactive notices sent before each application window.
-- Runs unchanged on H2 2.2 and PostgreSQL 15+. Audited tables have an *_aud twin whose revisions are core's.

-- 营业收入 / 项目投资额 of one year, entered by the enterprise with its evidence and confirmed by its district office
create sequence svc_figure_seq start with 1 increment by 50;
create table svc_figure (
    id             bigint         primary key,
    version        integer        not null,
    enterprise_id  bigint         not null references core_enterprise (id),
    district_code  varchar(6)     not null references core_district (code),
    fiscal_year    integer        not null,
    basis          varchar(20)    not null,
    amount_yuan    numeric(18, 2) not null,
    document_id    bigint         not null references core_document (id),
    status         varchar(20)    not null,
    entered_by     varchar(64)    not null,
    entered_at     timestamp with time zone not null,
    reviewed_by    varchar(64),
    reviewed_at    timestamp with time zone,
    return_reason  varchar(500),
    constraint svc_figure_uk unique (enterprise_id, fiscal_year, basis),
    constraint svc_figure_amount_ck check (amount_yuan >= 0),
    constraint svc_figure_basis_ck check (basis in ('REVENUE', 'INVESTMENT')),
    constraint svc_figure_status_ck check (status in ('PENDING', 'CONFIRMED', 'RETURNED'))
);
create index svc_figure_district_ix on svc_figure (district_code, status);

create table svc_figure_aud (
    id             bigint   not null,
    rev            bigint   not null references core_revision (id),
    revtype        smallint,
    enterprise_id  bigint,
    district_code  varchar(6),
    fiscal_year    integer,
    basis          varchar(20),
    amount_yuan    numeric(18, 2),
    document_id    bigint,
    status         varchar(20),
    entered_by     varchar(64),
    entered_at     timestamp with time zone,
    reviewed_by    varchar(64),
    reviewed_at    timestamp with time zone,
    return_reason  varchar(500),
    primary key (id, rev)
);

-- 会议研究确定 (services-plan.5.3): a meeting of the city office and the minutes it decided by
create sequence svc_meeting_seq start with 1 increment by 1;
create table svc_meeting (
    id            bigint       primary key,
    meeting_date  date         not null,
    minutes_no    varchar(60)  not null,
    document_id   bigint       references core_document (id),
    recorded_by   varchar(64)  not null,
    recorded_at   timestamp with time zone not null
);

-- 推荐申请: an enterprise's nomination in a window, with the quota it was decided under (services-plan.4, 5)
create sequence svc_nomination_seq start with 1 increment by 50;
create table svc_nomination (
    id              bigint       primary key,
    version         integer      not null,
    enterprise_id   bigint       not null references core_enterprise (id),
    district_code   varchar(6)   not null references core_district (code),
    quota_year      integer      not null,
    applied_on      date         not null,
    window_start    date         not null,
    window_end      date         not null,
    quota           integer      not null,
    basis           varchar(20),
    tier_clause_id  varchar(60)  not null,
    status          varchar(20)  not null,
    submitted_by    varchar(64)  not null,
    meeting_id      bigint       references svc_meeting (id),
    notified_on     date,
    constraint svc_nomination_quota_ck check (quota >= 0),
    constraint svc_nomination_status_ck check (status in
        ('DISTRICT_REVIEW', 'RETURNED', 'CITY_REVIEW', 'MEETING', 'DECIDED', 'NOTIFIED'))
);
create index svc_nomination_enterprise_ix on svc_nomination (enterprise_id, quota_year);
create index svc_nomination_district_ix on svc_nomination (district_code, status);

create table svc_nomination_aud (
    id              bigint   not null,
    rev             bigint   not null references core_revision (id),
    revtype         smallint,
    enterprise_id   bigint,
    district_code   varchar(6),
    quota_year      integer,
    applied_on      date,
    window_start    date,
    window_end      date,
    quota           integer,
    basis           varchar(20),
    tier_clause_id  varchar(60),
    status          varchar(20),
    submitted_by    varchar(64),
    meeting_id      bigint,
    notified_on     date,
    primary key (id, rev)
);

-- 推荐人员: 高管 or 突出贡献人才 (services-plan.4), a person of the registry
create sequence svc_nominee_seq start with 1 increment by 50;
create table svc_nominee (
    id             bigint         primary key,
    version        integer        not null,
    nomination_id  bigint         not null references svc_nomination (id),
    person_id      bigint         not null references core_person (id),
    ordinal        integer        not null,
    kind           varchar(20)    not null,
    job_title      varchar(100)   not null,
    contribution   varchar(1000)  not null,
    outcome        varchar(20)    not null,
    constraint svc_nominee_kind_ck check (kind in ('EXECUTIVE', 'CONTRIBUTOR')),
    constraint svc_nominee_outcome_ck check (outcome in ('PENDING', 'APPROVED', 'NOT_APPROVED'))
);
create index svc_nominee_nomination_ix on svc_nominee (nomination_id);
create index svc_nominee_person_ix on svc_nominee (person_id);

create table svc_nominee_aud (
    id             bigint   not null,
    rev            bigint   not null references core_revision (id),
    revtype        smallint,
    nomination_id  bigint,
    person_id      bigint,
    ordinal        integer,
    kind           varchar(20),
    job_title      varchar(100),
    contribution   varchar(1000),
    outcome        varchar(20),
    primary key (id, rev)
);

-- the 16 service items of an approved nominee (services-plan.6.1), each with its responsible department
create sequence svc_nominee_service_seq start with 1 increment by 50;
create table svc_nominee_service (
    id               bigint        primary key,
    version          integer       not null,
    nominee_id       bigint        not null references svc_nominee (id),
    enterprise_id    bigint        not null references core_enterprise (id),
    district_code    varchar(6)    not null references core_district (code),
    item_code        varchar(40)   not null,
    department_code  varchar(20)   not null,
    status           varchar(20)   not null,
    note             varchar(500),
    updated_by       varchar(64),
    updated_at       timestamp with time zone,
    constraint svc_nominee_service_uk unique (nominee_id, item_code),
    constraint svc_nominee_service_status_ck check (status in ('REQUESTED', 'IN_PROGRESS', 'DONE', 'NOT_NEEDED'))
);
create index svc_nominee_service_department_ix on svc_nominee_service (department_code, status);
create index svc_nominee_service_enterprise_ix on svc_nominee_service (enterprise_id);

create table svc_nominee_service_aud (
    id               bigint   not null,
    rev              bigint   not null references core_revision (id),
    revtype          smallint,
    nominee_id       bigint,
    enterprise_id    bigint,
    district_code    varchar(6),
    item_code        varchar(40),
    department_code  varchar(20),
    status           varchar(20),
    note             varchar(500),
    updated_by       varchar(64),
    updated_at       timestamp with time zone,
    primary key (id, rev)
);

-- 服务需求 (services-plan.6.2): raised by an enterprise, routed by the city office to a department (or a district's
-- task force) with a deadline in working days, worked by its commissioner, rated by the enterprise
create sequence svc_request_seq start with 1 increment by 50;
create table svc_request (
    id               bigint         primary key,
    version          integer        not null,
    enterprise_id    bigint         not null references core_enterprise (id),
    district_code    varchar(6)     not null references core_district (code),
    service_module   varchar(30)    not null,
    title            varchar(100)   not null,
    description      varchar(2000)  not null,
    raised_on        date           not null,
    raised_by        varchar(64)    not null,
    raised_at        timestamp with time zone not null,
    status           varchar(20)    not null,
    department_code  varchar(20),
    task_force       boolean        not null,
    deadline         date,
    routed_at        timestamp with time zone,
    resolution       varchar(2000),
    resolved_at      timestamp with time zone,
    rating           integer,
    rating_comment   varchar(500),
    rated_at         timestamp with time zone,
    constraint svc_request_status_ck check (status in ('SUBMITTED', 'ROUTED', 'IN_PROGRESS', 'RESOLVED', 'RATED')),
    constraint svc_request_rating_ck check (rating is null or (rating between 1 and 5))
);
create index svc_request_enterprise_ix on svc_request (enterprise_id);
create index svc_request_district_ix on svc_request (district_code, status);
create index svc_request_department_ix on svc_request (department_code, status);

create table svc_request_aud (
    id               bigint   not null,
    rev              bigint   not null references core_revision (id),
    revtype          smallint,
    enterprise_id    bigint,
    district_code    varchar(6),
    service_module   varchar(30),
    title            varchar(100),
    description      varchar(2000),
    raised_on        date,
    raised_by        varchar(64),
    raised_at        timestamp with time zone,
    status           varchar(20),
    department_code  varchar(20),
    task_force       boolean,
    deadline         date,
    routed_at        timestamp with time zone,
    resolution       varchar(2000),
    resolved_at      timestamp with time zone,
    rating           integer,
    rating_comment   varchar(500),
    rated_at         timestamp with time zone,
    primary key (id, rev)
);

-- 免申即享: one row per application window whose notice has gone out; inserting it is also the cluster-wide lock
create table svc_window_notice (
    window_start      date         primary key,
    window_end        date         not null,
    quota_year        integer      not null,
    sent_on           date         not null,
    sent_at           timestamp with time zone not null,
    enterprises_told  integer      not null
);

create table svc_window_notice_enterprise (
    window_start   date         not null references svc_window_notice (window_start),
    enterprise_id  bigint       not null references core_enterprise (id),
    quota          integer      not null,
    used           integer      not null,
    clause_id      varchar(60)  not null,
    primary key (window_start, enterprise_id)
);
