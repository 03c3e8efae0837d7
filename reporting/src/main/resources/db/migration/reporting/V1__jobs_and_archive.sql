-- Reporting's own tables (rpt_). Runs unchanged on H2 2.2 and PostgreSQL 15+.

-- A report asked for from a page or the API and generated in the background: who asked, for what, where it stands,
-- and once done the file it produced (under the data directory, with its SHA-256). Operational rows: a job and its
-- file are removed a day after it was asked for.
create sequence rpt_job_seq start with 1 increment by 1;
create table rpt_job (
    id             bigint       primary key,
    owner          varchar(64)  not null,
    kind           varchar(20)  not null,
    format         varchar(8)   not null,
    period_from    date         not null,
    period_to      date         not null,
    district_code  varchar(6),
    language       varchar(8)   not null,
    status         varchar(10)  not null,
    stage          varchar(12)  not null,
    progress       integer      not null,
    requested_at   timestamp with time zone not null,
    started_at     timestamp with time zone,
    finished_at    timestamp with time zone,
    stored_file    varchar(200),
    sha256         varchar(64),
    size_bytes     bigint,
    failure        varchar(500),
    constraint rpt_job_kind_ck check (kind in ('TARGETS', 'FUNDS', 'RETENTION', 'SERVICES')),
    constraint rpt_job_format_ck check (format in ('PDF', 'XLSX')),
    constraint rpt_job_status_ck check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    constraint rpt_job_progress_ck check (progress between 0 and 100),
    constraint rpt_job_period_ck check (period_to >= period_from),
    constraint rpt_job_done_ck check (status <> 'DONE' or (stored_file is not null and sha256 is not null))
);
create index rpt_job_owner_ix on rpt_job (owner, requested_at);
create index rpt_job_requested_ix on rpt_job (requested_at);

-- One row per archived month, written first in the transaction that archives it: inserting it is the cluster-wide
-- lock (a second instance fails on the primary key and archives nothing), and it stays as the record of the run.
create table rpt_archive_month (
    period       varchar(7)   primary key,
    claimed_at   timestamp with time zone not null,
    claimed_by   varchar(120) not null,
    constraint rpt_archive_month_period_ck check (period like '____-__')
);

-- The monthly reports as they were generated, for the whole city: insert-only, never updated or deleted. The file is
-- re-hashed on every download and refused when it no longer matches.
create sequence rpt_archive_seq start with 1 increment by 1;
create table rpt_archive (
    id                 bigint       primary key,
    kind               varchar(20)  not null,
    period             varchar(7)   not null references rpt_archive_month (period),
    period_from        date         not null,
    period_to          date         not null,
    language           varchar(8)   not null,
    generated_at       timestamp with time zone not null,
    parameter_version  varchar(200) not null,
    sha256             varchar(64)  not null,
    size_bytes         bigint       not null,
    stored_file        varchar(200) not null,
    constraint rpt_archive_kind_ck check (kind in ('TARGETS', 'FUNDS', 'RETENTION', 'SERVICES')),
    constraint rpt_archive_size_ck check (size_bytes > 0),
    constraint rpt_archive_uk unique (kind, period)
);
