-- API tokens for scripts and integrations (Authorization: Bearer), issued per account by the city office or by the
-- account itself. Only the SHA-256 of a token's 256-bit random secret is stored; the lookup id finds the row. A token
-- acts with its account's role and scope at the time of use. Issuing and revoking are audited; the last-used time is
-- not (it is written at most once a minute). Runs on H2 2.2 and PostgreSQL.
create sequence core_api_token_seq start with 1 increment by 1;
create table core_api_token (
    id            bigint       primary key,
    version       integer      not null,
    account_id    bigint       not null references core_account (id),
    name          varchar(60)  not null,
    lookup_id     varchar(16)  not null,
    secret_hash   varchar(64)  not null,
    created_at    timestamp with time zone not null,
    created_by    varchar(40)  not null,
    -- the last day the token works (inclusive, Beijing time)
    expires_on    date         not null,
    last_used_at  timestamp with time zone,
    revoked_at    timestamp with time zone,
    revoked_by    varchar(40),
    constraint core_api_token_lookup_uk unique (lookup_id),
    constraint core_api_token_revoked_ck check ((revoked_at is null) = (revoked_by is null))
);
create index core_api_token_account_ix on core_api_token (account_id);

create table core_api_token_aud (
    id            bigint   not null,
    rev           bigint   not null references core_revision (id),
    revtype       smallint,
    account_id    bigint,
    name          varchar(60),
    lookup_id     varchar(16),
    created_at    timestamp with time zone,
    created_by    varchar(40),
    expires_on    date,
    revoked_at    timestamp with time zone,
    revoked_by    varchar(40),
    primary key (id, rev)
);
