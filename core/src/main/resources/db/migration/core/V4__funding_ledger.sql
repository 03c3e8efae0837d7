-- The funding ledger, one for all modules: grants (资金支持) to a person or an enterprise for a purpose, each split
-- between city and district finance; the payments each finance makes of its own share, once and in full; and the
-- recoveries (追回). Runs unchanged on H2 2.2 and PostgreSQL 15+. "grant" is a reserved word, hence grant_id.

create sequence core_grant_seq start with 1 increment by 1;
create table core_grant (
    id                   bigint         primary key,
    version              integer        not null,
    beneficiary_kind     varchar(10)    not null,
    beneficiary_id       bigint         not null,
    -- the enterprise whose case it is: the beneficiary itself, or the person's employer
    enterprise_id        bigint         references core_enterprise (id),
    purpose              varchar(60)    not null,
    policy_id            varchar(40)    not null references core_policy (id),
    clause_id            varchar(60)    not null references core_clause (id),
    -- the first day of the policy version whose standard the amount is (时间从新)
    version_from         date           not null,
    source_module        varchar(20)    not null,
    source_reference     varchar(60)    not null,
    district_code        varchar(6)     references core_district (code),
    total_yuan           numeric(18, 2) not null,
    city_share_yuan      numeric(18, 2) not null,
    district_share_yuan  numeric(18, 2) not null,
    basis_date           date           not null,
    due_date             date           not null,
    status               varchar(20)    not null,
    granted_by           varchar(64)    not null,
    granted_at           timestamp with time zone not null,
    -- 资金支持不重复: one grant per beneficiary and purpose, whatever the policy, even under concurrent requests
    constraint core_grant_purpose_uk unique (beneficiary_kind, beneficiary_id, purpose),
    constraint core_grant_kind_ck check (beneficiary_kind in ('PERSON', 'ENTERPRISE')),
    constraint core_grant_status_ck check (status in ('COMMITTED', 'PARTLY_PAID', 'PAID', 'RECOVERED')),
    constraint core_grant_shares_ck check (total_yuan > 0 and city_share_yuan >= 0 and district_share_yuan >= 0
        and city_share_yuan + district_share_yuan = total_yuan),
    constraint core_grant_district_ck check (district_share_yuan = 0 or district_code is not null),
    constraint core_grant_due_ck check (due_date >= basis_date)
);
create index core_grant_district_ix on core_grant (district_code, due_date);
create index core_grant_enterprise_ix on core_grant (enterprise_id);
create index core_grant_due_ix on core_grant (due_date);

create sequence core_payment_seq start with 1 increment by 1;
create table core_payment (
    id               bigint         primary key,
    grant_id         bigint         not null references core_grant (id),
    finance_level    varchar(10)    not null,
    amount_yuan      numeric(18, 2) not null,
    paid_on          date           not null,
    bank_reference   varchar(100)   not null,
    idempotency_key  varchar(100)   not null,
    recorded_by      varchar(64)    not null,
    recorded_at      timestamp with time zone not null,
    -- a repeated request pays nothing more
    constraint core_payment_key_uk unique (idempotency_key),
    -- each finance pays its own share once, in full
    constraint core_payment_share_uk unique (grant_id, finance_level),
    constraint core_payment_level_ck check (finance_level in ('CITY', 'DISTRICT')),
    constraint core_payment_amount_ck check (amount_yuan > 0)
);

create sequence core_recovery_seq start with 1 increment by 1;
create table core_recovery (
    id               bigint         primary key,
    grant_id         bigint         not null references core_grant (id),
    finance_level    varchar(10)    not null,
    amount_yuan      numeric(18, 2) not null,
    decided_on       date           not null,
    reason           varchar(500)   not null,
    idempotency_key  varchar(100)   not null,
    decided_by       varchar(64)    not null,
    decided_at       timestamp with time zone not null,
    -- one decision is split back to each finance that paid: one row per finance, under the decision's key
    constraint core_recovery_key_uk unique (idempotency_key, finance_level),
    constraint core_recovery_level_ck check (finance_level in ('CITY', 'DISTRICT')),
    constraint core_recovery_amount_ck check (amount_yuan > 0)
);
create index core_recovery_grant_ix on core_recovery (grant_id);

create table core_grant_aud (
    id                   bigint   not null,
    rev                  bigint   not null references core_revision (id),
    revtype              smallint,
    beneficiary_kind     varchar(10),
    beneficiary_id       bigint,
    enterprise_id        bigint,
    purpose              varchar(60),
    policy_id            varchar(40),
    clause_id            varchar(60),
    version_from         date,
    source_module        varchar(20),
    source_reference     varchar(60),
    district_code        varchar(6),
    total_yuan           numeric(18, 2),
    city_share_yuan      numeric(18, 2),
    district_share_yuan  numeric(18, 2),
    basis_date           date,
    due_date             date,
    status               varchar(20),
    granted_by           varchar(64),
    granted_at           timestamp with time zone,
    primary key (id, rev)
);

create table core_payment_aud (
    id               bigint   not null,
    rev              bigint   not null references core_revision (id),
    revtype          smallint,
    grant_id         bigint,
    finance_level    varchar(10),
    amount_yuan      numeric(18, 2),
    paid_on          date,
    bank_reference   varchar(100),
    idempotency_key  varchar(100),
    recorded_by      varchar(64),
    recorded_at      timestamp with time zone,
    primary key (id, rev)
);

create table core_recovery_aud (
    id               bigint   not null,
    rev              bigint   not null references core_revision (id),
    revtype          smallint,
    grant_id         bigint,
    finance_level    varchar(10),
    amount_yuan      numeric(18, 2),
    decided_on       date,
    reason           varchar(500),
    idempotency_key  varchar(100),
    decided_by       varchar(64),
    decided_at       timestamp with time zone,
    primary key (id, rev)
);
