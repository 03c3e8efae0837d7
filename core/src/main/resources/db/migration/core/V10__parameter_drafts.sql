-- Draft parameter versions (参数草稿): what the city office is weighing before anyone votes on it, stored apart from
-- core_parameter so that no decision ever reads a draft. A draft's values have the columns of a version file; it becomes
-- a version only when the existing import takes it (promotion), which checks it again. Runs on H2 2.2 and PostgreSQL.

create sequence core_parameter_draft_seq start with 1 increment by 50;
create table core_parameter_draft (
    id             bigint       primary key,
    version        integer      not null,
    name           varchar(100) not null,
    created_by     varchar(64)  not null,
    created_on     date         not null,
    -- set once the import took the draft as a version; it is read-only from then on
    promoted_on    date,
    promoted_by    varchar(64)
);

create sequence core_parameter_draft_value_seq start with 1 increment by 50;
create table core_parameter_draft_value (
    id             bigint       primary key,
    version        integer      not null,
    draft_id       bigint       not null references core_parameter_draft (id),
    row_no         integer      not null,
    policy_id      varchar(40)  not null references core_policy (id),
    clause_id      varchar(60)  not null references core_clause (id),
    param_key      varchar(80)  not null,
    value_type     varchar(12)  not null,
    param_value    varchar(200) not null,
    unit           varchar(20)  not null,
    description    varchar(200) not null,
    version_label  varchar(20)  not null,
    valid_from     date         not null,
    valid_to       date,
    constraint core_parameter_draft_value_uk unique (draft_id, param_key, valid_from),
    constraint core_parameter_draft_value_type_ck
        check (value_type in ('MONEY', 'INTEGER', 'DECIMAL', 'DATE', 'MONTH_DAY', 'TEXT')),
    constraint core_parameter_draft_value_period_ck check (valid_to is null or valid_to >= valid_from)
);
create index core_parameter_draft_value_draft_ix on core_parameter_draft_value (draft_id, row_no);

create table core_parameter_draft_aud (
    id             bigint   not null,
    rev            bigint   not null references core_revision (id),
    revtype        smallint,
    name           varchar(100),
    created_by     varchar(64),
    created_on     date,
    promoted_on    date,
    promoted_by    varchar(64),
    primary key (id, rev)
);

create table core_parameter_draft_value_aud (
    id             bigint   not null,
    rev            bigint   not null references core_revision (id),
    revtype        smallint,
    draft_id       bigint,
    row_no         integer,
    policy_id      varchar(40),
    clause_id      varchar(60),
    param_key      varchar(80),
    value_type     varchar(12),
    param_value    varchar(200),
    unit           varchar(20),
    description    varchar(200),
    version_label  varchar(20),
    valid_from     date,
    valid_to       date,
    primary key (id, rev)
);
