-- Sign-in accounts: one role each, bound to a district, a department or an enterprise as the role needs.
create sequence core_account_seq start with 1 increment by 1;
create table core_account (
    id                   bigint       primary key,
    version              integer      not null,
    username             varchar(40)  not null,
    display_name         varchar(60)  not null,
    password_hash        varchar(300) not null,
    role                 varchar(20)  not null,
    district_code        varchar(6)   references core_district (code),
    department_code      varchar(20),
    enterprise_id        bigint       references core_enterprise (id),
    enabled              boolean      not null,
    failed_attempts      integer      not null,
    locked_until         timestamp with time zone,
    password_changed_at  timestamp with time zone not null,
    demo                 boolean      not null,
    constraint core_account_username_uk unique (username),
    constraint core_account_role_ck check (role in ('CITY_OFFICE', 'DISTRICT_OFFICE', 'CITY_FINANCE',
        'DISTRICT_FINANCE', 'DEPARTMENT', 'ENTERPRISE', 'LEADERSHIP')),
    -- the scope the role needs, and no other
    constraint core_account_scope_ck check (
        (role in ('DISTRICT_OFFICE', 'DISTRICT_FINANCE') and district_code is not null
            and department_code is null and enterprise_id is null)
        -- a commissioner of a city department, or of a district's service task force (专班)
        or (role = 'DEPARTMENT' and department_code is not null and enterprise_id is null)
        or (role = 'ENTERPRISE' and enterprise_id is not null and district_code is null and department_code is null)
        or (role in ('CITY_OFFICE', 'CITY_FINANCE', 'LEADERSHIP') and district_code is null
            and department_code is null and enterprise_id is null))
);

create table core_account_aud (
    id                   bigint   not null,
    rev                  bigint   not null references core_revision (id),
    revtype              smallint,
    username             varchar(40),
    display_name         varchar(60),
    role                 varchar(20),
    district_code        varchar(6),
    department_code      varchar(20),
    enterprise_id        bigint,
    enabled              boolean,
    password_changed_at  timestamp with time zone,
    demo                 boolean,
    primary key (id, rev)
);
