-- Bulk submission of intended hires from an Excel file (拟录用名单, intake.5.3). One row per upload, written in
-- transactions of its own while the import's single transaction runs, so that the page can show how far the check
-- and the import have come; kept afterwards as the enterprise's import history. A refused file leaves only this row
-- (REFUSED, with its number of problems): none of its hires was ever written. Runs unchanged on H2 and PostgreSQL.

create sequence intake_hire_import_seq start with 1 increment by 50;
create table intake_hire_import (
    id             bigint        primary key,
    -- chosen by the uploading page (or the server) before the upload, so that progress can be asked for meanwhile
    ticket         varchar(64)   not null,
    enterprise_id  bigint        not null references core_enterprise (id),
    file_name      varchar(200)  not null,
    imported_by    varchar(64)   not null,
    started_at     timestamp with time zone not null,
    finished_at    timestamp with time zone,
    status         varchar(20)   not null,
    row_count      integer       not null,
    rows_checked   integer       not null,
    rows_imported  integer       not null,
    problem_count  integer       not null,
    constraint intake_hire_import_ticket_uk unique (ticket),
    constraint intake_hire_import_status_ck check (status in ('READING', 'CHECKING', 'IMPORTING', 'IMPORTED',
        'REFUSED', 'FAILED'))
);
create index intake_hire_import_enterprise_ix on intake_hire_import (enterprise_id, started_at);
