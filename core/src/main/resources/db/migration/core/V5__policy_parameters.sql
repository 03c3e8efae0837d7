-- Policy parameters: every amount, age limit, cap, ratio, window and target of the policies, each cited to the clause
-- it comes from and valid for a period; a new policy version is new rows, never new code. The periods of one key never
-- overlap: checked on import (H2 and PostgreSQL share no constraint for it) and by the tests. Runs unchanged on H2 2.2
-- and PostgreSQL 15+; "key" and "value" are reserved words in H2, hence param_key and param_value.

create sequence core_parameter_seq start with 1 increment by 50;
create table core_parameter (
    id             bigint       primary key,
    version        integer      not null,
    policy_id      varchar(40)  not null references core_policy (id),
    clause_id      varchar(60)  not null references core_clause (id),
    param_key      varchar(80)  not null,
    value_type     varchar(12)  not null,
    param_value    varchar(200) not null,
    unit           varchar(20)  not null,
    description    varchar(200) not null,
    version_label  varchar(20)  not null,
    valid_from     date         not null,
    -- null: open-ended, until a newer version closes it
    valid_to       date,
    constraint core_parameter_key_from_uk unique (param_key, valid_from),
    constraint core_parameter_type_ck check (value_type in ('MONEY', 'INTEGER', 'DECIMAL', 'DATE', 'MONTH_DAY', 'TEXT')),
    constraint core_parameter_period_ck check (valid_to is null or valid_to >= valid_from)
);
create index core_parameter_clause_ix on core_parameter (clause_id);

create table core_parameter_aud (
    id             bigint   not null,
    rev            bigint   not null references core_revision (id),
    revtype        smallint,
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
