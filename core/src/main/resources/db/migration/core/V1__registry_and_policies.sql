-- Core registry: districts, industries, enterprises, persons; policies and their clauses; the audit revisions.
-- Runs unchanged on H2 2.2 and PostgreSQL 15+.

create table core_district (
    code        varchar(6)  primary key,
    name        varchar(40) not null,
    short_name  varchar(20) not null,
    name_en     varchar(80) not null,
    kind        varchar(10) not null
);

create table core_industry (
    code          varchar(40) primary key,
    name          varchar(40) not null,
    name_en       varchar(80) not null,
    key_industry  boolean     not null
);

create sequence core_enterprise_seq start with 1 increment by 50;
create table core_enterprise (
    id                           bigint        primary key,
    version                      integer       not null,
    credit_code                  varchar(18)   not null,
    name                         varchar(100)  not null,
    district_code                varchar(6)    not null references core_district (code),
    industry_code                varchar(40)   not null references core_industry (code),
    above_designated_size        boolean       not null,
    high_tech                    boolean       not null,
    high_tech_certificate_no     varchar(40),
    high_tech_valid_to           date,
    key_project_investment_yuan  numeric(18, 2) not null,
    rare_earth                   boolean       not null,
    constraint core_enterprise_credit_code_uk unique (credit_code),
    constraint core_enterprise_investment_ck check (key_project_investment_yuan >= 0)
);
create index core_enterprise_district_ix on core_enterprise (district_code);

create sequence core_person_seq start with 1 increment by 50;
create table core_person (
    id              bigint       primary key,
    version         integer      not null,
    name            varchar(50)  not null,
    id_number_enc   varchar(120) not null,
    id_number_hash  varchar(64)  not null,
    birth_date      date         not null,
    gender          varchar(1)   not null,
    phone_enc       varchar(120),
    constraint core_person_id_number_uk unique (id_number_hash),
    constraint core_person_gender_ck check (gender in ('M', 'F'))
);

create table core_policy (
    id               varchar(40)  primary key,
    document_number  varchar(60)  not null,
    title            varchar(200) not null,
    title_en         varchar(300) not null,
    short_title      varchar(60)  not null,
    issued_on        date         not null,
    valid_from       date         not null,
    valid_to         date,
    ordinal          integer      not null
);

create table core_clause (
    id                 varchar(60)   primary key,
    policy_id          varchar(40)   not null references core_policy (id),
    parent_id          varchar(60)   references core_clause (id),
    ordinal            integer       not null,
    number             varchar(20)   not null,
    heading            varchar(100)  not null,
    text               varchar(4000) not null,
    text_en            varchar(4000),
    lead_units         varchar(500)  not null,
    responsible_units  varchar(1000) not null
);
create index core_clause_policy_ix on core_clause (policy_id, ordinal);

-- Envers: one row per audited change set, then one *_aud table per audited entity
create sequence core_revision_seq start with 1 increment by 1;
create table core_revision (
    id          bigint      primary key,
    changed_at  bigint      not null,
    username    varchar(64) not null
);

create table core_enterprise_aud (
    id                           bigint   not null,
    rev                          bigint   not null references core_revision (id),
    revtype                      smallint,
    credit_code                  varchar(18),
    name                         varchar(100),
    district_code                varchar(6),
    industry_code                varchar(40),
    above_designated_size        boolean,
    high_tech                    boolean,
    high_tech_certificate_no     varchar(40),
    high_tech_valid_to           date,
    key_project_investment_yuan  numeric(18, 2),
    rare_earth                   boolean,
    primary key (id, rev)
);

create table core_person_aud (
    id              bigint   not null,
    rev             bigint   not null references core_revision (id),
    revtype         smallint,
    name            varchar(50),
    id_number_enc   varchar(120),
    id_number_hash  varchar(64),
    birth_date      date,
    gender          varchar(1),
    phone_enc       varchar(120),
    primary key (id, rev)
);
