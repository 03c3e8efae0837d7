-- 揭榜挂帅 (rare-earth.9): the key technical problems the science bureau publishes each year, the enterprises' bids,
-- the lead it appoints, the milestones the lead reports and the result it accepts or not. Transitions are in
-- core_activity (case type rare-earth.key-problem).

create sequence re_key_problem_seq start with 1 increment by 50;
create table re_key_problem (
    id              bigint         primary key,
    version         integer        not null,
    title           varchar(200)   not null,
    description     varchar(4000)  not null,
    field           varchar(30)    not null,
    district_code   varchar(6)     references core_district (code),
    budget_yuan     numeric(18, 2) not null,
    bids_due        date           not null,
    status          varchar(20)    not null,
    published_on    date           not null,
    published_by    varchar(64)    not null,
    lead_bid_id     bigint,
    appointed_on    date,
    result          varchar(4000),
    concluded_on    date,
    constraint re_key_problem_status_ck check (status in
        ('PUBLISHED', 'APPOINTED', 'IN_PROGRESS', 'ACCEPTED', 'FAILED', 'WITHDRAWN')),
    constraint re_key_problem_budget_ck check (budget_yuan >= 0)
);
create index re_key_problem_published_ix on re_key_problem (published_on);

create sequence re_key_problem_bid_seq start with 1 increment by 50;
create table re_key_problem_bid (
    id              bigint         primary key,
    problem_id      bigint         not null references re_key_problem (id),
    enterprise_id   bigint         not null references core_enterprise (id),
    district_code   varchar(6)     not null references core_district (code),
    team_leader     varchar(50)    not null,
    proposal        varchar(4000)  not null,
    budget_yuan     numeric(18, 2) not null,
    submitted_on    date           not null,
    submitted_by    varchar(64)    not null,
    constraint re_key_problem_bid_uk unique (problem_id, enterprise_id),
    constraint re_key_problem_bid_budget_ck check (budget_yuan >= 0)
);
alter table re_key_problem add constraint re_key_problem_lead_fk foreign key (lead_bid_id) references re_key_problem_bid (id);

create sequence re_key_problem_milestone_seq start with 1 increment by 50;
create table re_key_problem_milestone (
    id              bigint         primary key,
    problem_id      bigint         not null references re_key_problem (id),
    title           varchar(200)   not null,
    reached_on      date           not null,
    note            varchar(2000),
    reported_by     varchar(64)    not null,
    reported_at     timestamp with time zone not null
);
create index re_key_problem_milestone_ix on re_key_problem_milestone (problem_id, reached_on);
