-- 解释口径: the city office's dated interpretations of a clause (the text names it as the policies' interpreter).
create sequence core_interpretation_seq start with 1 increment by 50;
create table core_interpretation (
    id               bigint        primary key,
    version          integer       not null,
    clause_id        varchar(60)   not null references core_clause (id),
    issued_on        date          not null,
    document_number  varchar(60),
    text             varchar(4000) not null,
    recorded_by      varchar(40)   not null
);
create index core_interpretation_clause_ix on core_interpretation (clause_id, issued_on);

create table core_interpretation_aud (
    id               bigint   not null,
    rev              bigint   not null references core_revision (id),
    revtype          smallint,
    clause_id        varchar(60),
    issued_on        date,
    document_number  varchar(60),
    text             varchar(4000),
    recorded_by      varchar(40),
    primary key (id, rev)
);
