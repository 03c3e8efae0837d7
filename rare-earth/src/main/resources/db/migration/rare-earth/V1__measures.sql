-- The 15 measures of 《包头市支持促进稀土产业人才发展的若干措施》 as data: the clause each rests on (its text, lead and
-- responsible units are core's clause index), how the platform handles it, the funding purpose it books in the core
-- ledger, the department that reviews its applications (none: the city office itself, 市委人才办), the parameter keys
-- of its target, and its page. Runs unchanged on H2 2.2 and PostgreSQL 15+.

create table re_measure (
    measure_no         integer      primary key,
    clause_id          varchar(60)  not null,
    handling           varchar(20)  not null,
    purpose            varchar(60),
    review_department  varchar(30),
    target_keys        varchar(300),
    page               varchar(100) not null,
    constraint re_measure_clause_uk unique (clause_id),
    constraint re_measure_handling_ck check (handling in ('TEAMS', 'INTAKE', 'SUPPORT', 'RECORDS', 'TRAINING', 'PROBLEMS'))
);

insert into re_measure (measure_no, clause_id, handling, purpose, review_department, target_keys, page) values
 (1, 'rare-earth.1', 'TEAMS', 'TALENT_TEAM_SUPPORT', null, 'rareEarth.teams.target', '/rare-earth/teams.xhtml'),
 (2, 'rare-earth.2', 'INTAKE', 'TALENT_INTRO_SUBSIDY', null,
     'rareEarth.intake.doctorTarget,rareEarth.intake.masterTarget', '/rare-earth/applications.xhtml?measure=2'),
 (3, 'rare-earth.3', 'SUPPORT', 'TALENT_CULTIVATION_SUPPORT', 'HUMAN_RESOURCES',
     'rareEarth.cultivation.targetMin,rareEarth.cultivation.targetMax', '/rare-earth/applications.xhtml?measure=3'),
 (4, 'rare-earth.4', 'RECORDS', null, null, null, '/rare-earth/records.xhtml?measure=4'),
 (5, 'rare-earth.5', 'SUPPORT', 'MIGRANT_ENGINEER_SUBSIDY', 'HUMAN_RESOURCES', null,
     '/rare-earth/applications.xhtml?measure=5'),
 (6, 'rare-earth.6', 'SUPPORT', 'GRADUATE_TRAINING_FUNDING', 'EDUCATION', 'rareEarth.graduateTraining.targetPerYear',
     '/rare-earth/applications.xhtml?measure=6'),
 (7, 'rare-earth.7', 'TRAINING', null, 'EDUCATION', 'rareEarth.schoolTraining.targetPerYear',
     '/rare-earth/training.xhtml'),
 (8, 'rare-earth.8', 'RECORDS', 'RESEARCH_COOPERATION_FUNDING', null, null, '/rare-earth/records.xhtml?measure=8'),
 (9, 'rare-earth.9', 'PROBLEMS', null, 'SCIENCE', 'rareEarth.keyProblems.minPerYear,rareEarth.keyProblems.maxPerYear',
     '/rare-earth/problems.xhtml'),
 (10, 'rare-earth.10', 'SUPPORT', 'SCIENCE_AWARD_MATCHING', 'SCIENCE', null,
     '/rare-earth/applications.xhtml?measure=10'),
 (11, 'rare-earth.11', 'SUPPORT', 'PATENT_REWARD', 'MARKET_REGULATION', null,
     '/rare-earth/applications.xhtml?measure=11'),
 (12, 'rare-earth.12', 'SUPPORT', 'INNOVATION_EVENT_SUPPORT', 'INDUSTRY_IT', null,
     '/rare-earth/applications.xhtml?measure=12'),
 (13, 'rare-earth.13', 'SUPPORT', 'CONTRIBUTION_REWARD', 'HUMAN_RESOURCES', null,
     '/rare-earth/applications.xhtml?measure=13'),
 (14, 'rare-earth.14', 'RECORDS', null, 'HUMAN_RESOURCES', null, '/rare-earth/records.xhtml?measure=14'),
 (15, 'rare-earth.15', 'RECORDS', null, null, null, '/rare-earth/records.xhtml?measure=15');

-- 细则 / 办事流程 a responsible department files for a measure, and each district's 配套措施 (rare-earth.closing),
-- each with its document in core's document store.
create sequence re_measure_document_seq start with 1 increment by 50;
create table re_measure_document (
    id               bigint        primary key,
    measure_no       integer       not null references re_measure (measure_no),
    kind             varchar(20)   not null,
    department_code  varchar(30),
    district_code    varchar(6)    references core_district (code),
    title            varchar(200)  not null,
    issued_on        date          not null,
    document_id      bigint        not null references core_document (id),
    recorded_by      varchar(64)   not null,
    recorded_at      timestamp with time zone not null,
    constraint re_measure_document_kind_ck check (kind in ('DETAILED_RULES', 'PROCEDURE', 'DISTRICT_MEASURES')),
    constraint re_measure_document_owner_ck check (
        (kind = 'DISTRICT_MEASURES' and district_code is not null and department_code is null)
        or (kind <> 'DISTRICT_MEASURES' and district_code is null and department_code is not null))
);
create index re_measure_document_measure_ix on re_measure_document (measure_no);
