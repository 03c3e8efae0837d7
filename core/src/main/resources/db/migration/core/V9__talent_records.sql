-- 人才档案: who was brought in, served or supported by which programme, at which enterprise, from when to when. Every
-- module writes here what other modules and the reports must count without importing it.
create sequence core_talent_record_seq start with 1 increment by 50;
create table core_talent_record (
    id              bigint       primary key,
    version         integer      not null,
    person_id       bigint       not null references core_person (id),
    enterprise_id   bigint       references core_enterprise (id),
    district_code   varchar(6)   not null references core_district (code),
    programme       varchar(40)  not null,
    category        varchar(40)  not null,
    policy_id       varchar(40)  not null references core_policy (id),
    clause_id       varchar(60)  not null references core_clause (id),
    source_module   varchar(40)  not null,
    source_ref      varchar(60)  not null,
    started_on      date         not null,
    ended_on        date,
    end_reason      varchar(40),
    constraint core_talent_record_source_uk unique (source_module, source_ref)
);
create index core_talent_record_programme_ix on core_talent_record (programme, started_on);
create index core_talent_record_enterprise_ix on core_talent_record (enterprise_id);

create table core_talent_record_aud (
    id              bigint   not null,
    rev             bigint   not null references core_revision (id),
    revtype         smallint,
    person_id       bigint,
    enterprise_id   bigint,
    district_code   varchar(6),
    programme       varchar(40),
    category        varchar(40),
    policy_id       varchar(40),
    clause_id       varchar(60),
    source_module   varchar(40),
    source_ref      varchar(60),
    started_on      date,
    ended_on        date,
    end_reason      varchar(40),
    primary key (id, rev)
);
