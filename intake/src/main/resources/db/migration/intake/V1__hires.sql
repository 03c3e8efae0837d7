-- The hire lifecycle of the PhD and master intake plan: joint recruitment agreements (联合招引协议, intake.5.1),
-- hires (拟录用名单, intake.5.3) with the checks of their eligibility, the services owed to them (intake.3.2.3) and
-- their annual evaluations (intake.6.2). Runs unchanged on H2 2.2 and PostgreSQL 15+. Audited tables have an *_aud
-- twin whose revisions are core's.

create sequence intake_joint_agreement_seq start with 1 increment by 50;
create table intake_joint_agreement (
    id             bigint       primary key,
    version        integer      not null,
    enterprise_id  bigint       not null references core_enterprise (id),
    district_code  varchar(6)   not null references core_district (code),
    signed_on      date         not null,
    valid_to       date         not null,
    document_id    bigint       references core_document (id),
    recorded_by    varchar(64)  not null,
    recorded_at    timestamp with time zone not null,
    constraint intake_joint_agreement_period_ck check (valid_to >= signed_on)
);
create index intake_joint_agreement_enterprise_ix on intake_joint_agreement (enterprise_id, valid_to);
create index intake_joint_agreement_district_ix on intake_joint_agreement (district_code);

create table intake_joint_agreement_aud (
    id             bigint   not null,
    rev            bigint   not null references core_revision (id),
    revtype        smallint,
    enterprise_id  bigint,
    district_code  varchar(6),
    signed_on      date,
    valid_to       date,
    document_id    bigint,
    recorded_by    varchar(64),
    recorded_at    timestamp with time zone,
    primary key (id, rev)
);

create sequence intake_hire_seq start with 1 increment by 50;
create table intake_hire (
    id                       bigint         primary key,
    version                  integer        not null,
    enterprise_id            bigint         not null references core_enterprise (id),
    -- copied from the enterprise at submission: the scope of every query and the district that pays its half
    district_code            varchar(6)     not null references core_district (code),
    industry_code            varchar(40)    not null references core_industry (code),
    person_id                bigint         not null references core_person (id),
    degree                   varchar(10)    not null,
    discipline_code          varchar(2)     not null,
    major                    varchar(100)   not null,
    institution              varchar(100)   not null,
    degree_recognised        boolean        not null,
    overseas_certificate_no  varchar(40),
    from_outside_city        boolean        not null,
    work_type                varchar(30)    not null,
    job_title                varchar(100)   not null,
    source_kind              varchar(20),
    source_reference         varchar(60),
    submitted_on             date           not null,
    submitted_by             varchar(64)    not null,
    status                   varchar(20)    not null,
    -- the eligibility decided at submission with the parameters of that day; its checks are in intake_hire_check
    eligible                 boolean        not null,
    exception_required       boolean        not null,
    age_years                integer        not null,
    subsidy_total_yuan       numeric(18, 2) not null,
    subsidy_city_yuan        numeric(18, 2) not null,
    subsidy_district_yuan    numeric(18, 2) not null,
    -- 原则上: the city office's written exception to the age limit
    exception_reason         varchar(2000),
    exception_by             varchar(64),
    exception_on             date,
    agreement_signed_on      date,
    agreement_document_id    bigint         references core_document (id),
    grant_id                 bigint         references core_grant (id),
    service_until            date,
    -- 一事一议 (intake.3.2.2)
    top_up_yuan              numeric(18, 2),
    annual_salary_yuan       numeric(18, 2),
    terms_note               varchar(500),
    departure_kind           varchar(20),
    departed_on              date,
    departure_reason         varchar(2000),
    recovery_yuan            numeric(18, 2),
    recovery_decided_on      date,
    constraint intake_hire_status_ck check (status in ('SUBMITTED', 'VERIFIED', 'REJECTED', 'AGREEMENT_SIGNED',
        'SUBSIDY_PAID', 'SERVING', 'COMPLETED', 'DEPARTED')),
    constraint intake_hire_degree_ck check (degree in ('DOCTOR', 'MASTER')),
    constraint intake_hire_departure_ck check (departure_kind is null
        or departure_kind in ('RESIGNED', 'DISMISSED', 'OTHER')),
    constraint intake_hire_source_ck check (source_kind is null or source_kind in ('EVENT', 'WORKSTATION'))
);
create index intake_hire_district_ix on intake_hire (district_code, status);
create index intake_hire_enterprise_ix on intake_hire (enterprise_id, status);
create index intake_hire_person_ix on intake_hire (person_id);
create index intake_hire_signed_ix on intake_hire (agreement_signed_on);

create table intake_hire_check (
    hire_id      bigint         not null references intake_hire (id),
    check_no     integer        not null,
    rule_name    varchar(40)    not null,
    clause_id    varchar(60)    not null references core_clause (id),
    passed       boolean        not null,
    message_key  varchar(80)    not null,
    arguments    varchar(1000),
    primary key (hire_id, check_no)
);

create table intake_hire_aud (
    id                       bigint   not null,
    rev                      bigint   not null references core_revision (id),
    revtype                  smallint,
    enterprise_id            bigint,
    district_code            varchar(6),
    industry_code            varchar(40),
    person_id                bigint,
    degree                   varchar(10),
    discipline_code          varchar(2),
    major                    varchar(100),
    institution              varchar(100),
    degree_recognised        boolean,
    overseas_certificate_no  varchar(40),
    from_outside_city        boolean,
    work_type                varchar(30),
    job_title                varchar(100),
    source_kind              varchar(20),
    source_reference         varchar(60),
    submitted_on             date,
    submitted_by             varchar(64),
    status                   varchar(20),
    eligible                 boolean,
    exception_required       boolean,
    age_years                integer,
    subsidy_total_yuan       numeric(18, 2),
    subsidy_city_yuan        numeric(18, 2),
    subsidy_district_yuan    numeric(18, 2),
    exception_reason         varchar(2000),
    exception_by             varchar(64),
    exception_on             date,
    agreement_signed_on      date,
    agreement_document_id    bigint,
    grant_id                 bigint,
    service_until            date,
    top_up_yuan              numeric(18, 2),
    annual_salary_yuan       numeric(18, 2),
    terms_note               varchar(500),
    departure_kind           varchar(20),
    departed_on              date,
    departure_reason         varchar(2000),
    recovery_yuan            numeric(18, 2),
    recovery_decided_on      date,
    primary key (id, rev)
);

create sequence intake_hire_service_seq start with 1 increment by 50;
create table intake_hire_service (
    id          bigint        primary key,
    version     integer       not null,
    hire_id     bigint        not null references intake_hire (id),
    kind        varchar(30)   not null,
    owner_role  varchar(20)   not null,
    status      varchar(20)   not null,
    note        varchar(500),
    updated_by  varchar(64),
    updated_at  timestamp with time zone,
    constraint intake_hire_service_uk unique (hire_id, kind),
    constraint intake_hire_service_owner_ck check (owner_role in ('CITY_OFFICE', 'DISTRICT_OFFICE')),
    constraint intake_hire_service_status_ck check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'NOT_NEEDED'))
);

create table intake_hire_service_aud (
    id          bigint   not null,
    rev         bigint   not null references core_revision (id),
    revtype     smallint,
    hire_id     bigint,
    kind        varchar(30),
    owner_role  varchar(20),
    status      varchar(20),
    note        varchar(500),
    updated_by  varchar(64),
    updated_at  timestamp with time zone,
    primary key (id, rev)
);

create sequence intake_evaluation_seq start with 1 increment by 50;
create table intake_evaluation (
    id                  bigint         primary key,
    version             integer        not null,
    hire_id             bigint         not null references intake_hire (id),
    year_no             integer        not null,
    due_on              date           not null,
    enterprise_grade    varchar(20),
    enterprise_comment  varchar(1000),
    talent_grade        varchar(20),
    talent_comment      varchar(1000),
    evaluated_on        date,
    evaluated_by        varchar(64),
    constraint intake_evaluation_uk unique (hire_id, year_no)
);
create index intake_evaluation_due_ix on intake_evaluation (due_on);

create table intake_evaluation_aud (
    id                  bigint   not null,
    rev                 bigint   not null references core_revision (id),
    revtype             smallint,
    hire_id             bigint,
    year_no             integer,
    due_on              date,
    enterprise_grade    varchar(20),
    enterprise_comment  varchar(1000),
    talent_grade        varchar(20),
    talent_comment      varchar(1000),
    evaluated_on        date,
    evaluated_by        varchar(64),
    primary key (id, rev)
);
