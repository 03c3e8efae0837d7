-- Applications under the paying measures (1, 2, 3, 5, 6, 8, 10, 11, 12, 13): who applies for whom, the facts the
-- measure's rule decides on, the amount a reviewer decides where the text leaves it to them (5—20 万, 最高 10 万,
-- 一事一议) with the reason, and the ledger grant it was booked as — or the held grant the ledger named when it refused
-- (资金支持不重复). Transitions are in core_activity (case type rare-earth.application).

create sequence re_application_seq start with 1 increment by 50;
create table re_application (
    id                 bigint         primary key,
    version            integer        not null,
    measure_no         integer        not null references re_measure (measure_no),
    status             varchar(20)    not null,
    enterprise_id      bigint         not null references core_enterprise (id),
    district_code      varchar(6)     not null references core_district (code),
    beneficiary_kind   varchar(10)    not null,
    person_id          bigint         references core_person (id),
    subject            varchar(200)   not null,
    category           varchar(30),
    grade              integer,
    applicant_role     varchar(30),
    reference_no       varchar(60),
    basis_yuan         numeric(18, 2),
    tax_yuan           numeric(18, 2),
    quantity           integer,
    rate_yuan          numeric(18, 2),
    requested_yuan     numeric(18, 2),
    full_time          boolean        not null,
    hired_on           date,
    period_start       date,
    apartment          varchar(200),
    apartment_from     date,
    submitted_on       date           not null,
    submitted_by       varchar(64)    not null,
    decided_yuan       numeric(18, 2),
    decision_reason    varchar(2000),
    decided_on         date,
    grant_id           bigint         references core_grant (id),
    held_grant_id      bigint         references core_grant (id),
    constraint re_application_status_ck
        check (status in ('SUBMITTED', 'CITY_REVIEW', 'GRANTED', 'REJECTED', 'DUPLICATE')),
    constraint re_application_beneficiary_ck check (
        (beneficiary_kind = 'PERSON' and person_id is not null)
        or (beneficiary_kind = 'ENTERPRISE' and person_id is null)),
    constraint re_application_amounts_ck check (
        (basis_yuan is null or basis_yuan >= 0) and (tax_yuan is null or tax_yuan >= 0)
        and (rate_yuan is null or rate_yuan >= 0) and (requested_yuan is null or requested_yuan >= 0)
        and (decided_yuan is null or decided_yuan >= 0) and (quantity is null or quantity >= 0))
);
create index re_application_scope_ix on re_application (district_code, enterprise_id);
create index re_application_measure_ix on re_application (measure_no, status);
