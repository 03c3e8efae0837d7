-- rare-earth.7: the basic research and high-skill talents universities and vocational schools train, imported from
-- Excel a file at a time (a file with any bad row is refused whole, so a batch is all of its file or nothing).

create sequence re_training_batch_seq start with 1 increment by 50;
create table re_training_batch (
    id            bigint        primary key,
    file_name     varchar(200)  not null,
    row_count     integer       not null,
    imported_by   varchar(64)   not null,
    imported_at   timestamp with time zone not null
);

create sequence re_training_record_seq start with 1 increment by 50;
create table re_training_record (
    id                     bigint        primary key,
    batch_id               bigint        not null references re_training_batch (id),
    institution            varchar(100)  not null,
    institution_kind       varchar(20)   not null,
    trainee_name           varchar(50)   not null,
    student_no             varchar(40)   not null,
    talent_type            varchar(20)   not null,
    training_mode          varchar(20)   not null,
    major                  varchar(100)  not null,
    partner_enterprise_id  bigint        references core_enterprise (id),
    district_code          varchar(6)    not null references core_district (code),
    completed_on           date          not null,
    constraint re_training_record_uk unique (institution, student_no),
    constraint re_training_kind_ck check (institution_kind in ('UNIVERSITY', 'VOCATIONAL')),
    constraint re_training_type_ck check (talent_type in ('BASIC_RESEARCH', 'HIGH_SKILL')),
    constraint re_training_mode_ck check (training_mode in ('JOINT', 'ORDER', 'AGREEMENT'))
);
create index re_training_record_completed_ix on re_training_record (completed_on);
