-- Uploaded documents (signed agreements, certificates, evidence) and the activity feed of every case (流程记录).
-- Runs unchanged on H2 2.2 and PostgreSQL 15+. The bytes live outside the database, under the data directory, as
-- documents/<first 2 hex>/<sha256>; a row scopes who may read them (its district and/or enterprise).

create sequence core_document_seq start with 1 increment by 1;
create table core_document (
    id             bigint       primary key,
    sha256         varchar(64)  not null,
    content_type   varchar(40)  not null,
    size_bytes     bigint       not null,
    file_name      varchar(200) not null,
    kind           varchar(20)  not null,
    district_code  varchar(6)   references core_district (code),
    enterprise_id  bigint       references core_enterprise (id),
    uploaded_by    varchar(64)  not null,
    uploaded_at    timestamp with time zone not null,
    constraint core_document_size_ck check (size_bytes > 0),
    constraint core_document_type_ck check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
    constraint core_document_kind_ck check (kind in ('AGREEMENT', 'CERTIFICATE', 'EVIDENCE', 'RULES'))
);
create index core_document_district_ix on core_document (district_code);
create index core_document_enterprise_ix on core_document (enterprise_id);
create index core_document_sha256_ix on core_document (sha256);

-- Append-only: the platform inserts rows and never updates or deletes them.
create sequence core_activity_seq start with 1 increment by 50;
create table core_activity (
    id           bigint        primary key,
    case_type    varchar(40)   not null,
    case_id      bigint        not null,
    occurred_at  timestamp with time zone not null,
    actor        varchar(64)   not null,
    action       varchar(60)   not null,
    from_state   varchar(40),
    to_state     varchar(40),
    reason       varchar(2000),
    document_id  bigint        references core_document (id)
);
create index core_activity_case_ix on core_activity (case_type, case_id, occurred_at);
