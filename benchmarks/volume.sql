-- Volume for the target-report benchmark: 100,000 hires (with their persons and talent records) brought in over
-- 2022-2025 at the demo enterprises, and 1,000,000 ledger entries (grants and payments). Ids start at 10,000,000 so
-- they never meet the sequences' ids. Runs on PostgreSQL after the platform has migrated the schema and loaded the
-- demo data (enterprises, districts, clauses).
\set ON_ERROR_STOP on
\timing on

begin;

create temporary table bench_enterprise as
    select row_number() over (order by id) - 1 as n, id, district_code, industry_code from core_enterprise;

insert into core_person (id, version, name, id_number_enc, id_number_hash, birth_date, gender)
select 10000000 + i, 0, '基准人员' || i, 'bench', md5(i::text) || md5('p' || i), date '1988-01-01' + (i % 3650),
       case when i % 2 = 0 then 'M' else 'F' end
from generate_series(1, 100000) i;

-- 25,000 hires a year 2022-2025, every 5th a PhD, agreements signed through the year
insert into intake_hire (id, version, enterprise_id, district_code, industry_code, person_id, degree, discipline_code,
    major, institution, degree_recognised, from_outside_city, work_type, job_title, submitted_on, submitted_by,
    status, eligible, exception_required, age_years, subsidy_total_yuan, subsidy_city_yuan, subsidy_district_yuan,
    agreement_signed_on, service_until)
select 10000000 + i, 0, e.id, e.district_code, e.industry_code, 10000000 + i,
       case when i % 5 = 0 then 'DOCTOR' else 'MASTER' end, '08', '材料科学与工程', '基准大学', true, true,
       'RESEARCH_DEVELOPMENT', '研发工程师', d - 30, 'bench', 'SERVING', true, i % 1000 = 0, 29,
       case when i % 5 = 0 then 200000 else 100000 end, case when i % 5 = 0 then 100000 else 50000 end,
       case when i % 5 = 0 then 100000 else 50000 end, d, d + interval '5 years'
from generate_series(1, 100000) i
join bench_enterprise e on e.n = i % (select count(*) from bench_enterprise)
cross join lateral (select date '2022-01-15' + ((i - 1) / 25000) * 365 + (i % 340) as d) signed;

insert into core_talent_record (id, version, person_id, enterprise_id, district_code, programme, category, policy_id,
    clause_id, source_module, source_ref, started_on)
select 10000000 + h.id - 10000000, 0, h.person_id, h.enterprise_id, h.district_code, 'INTAKE', h.degree, 'intake',
       'intake.1', 'bench', 'hire-' || h.id, h.agreement_signed_on
from intake_hire h where h.id >= 10000000;

-- the hires' subsidies: 100,000 grants and 200,000 payments
insert into core_grant (id, version, beneficiary_kind, beneficiary_id, enterprise_id, purpose, policy_id, clause_id,
    version_from, source_module, source_reference, district_code, total_yuan, city_share_yuan, district_share_yuan,
    basis_date, due_date, status, granted_by, granted_at)
select h.id, 0, 'PERSON', h.person_id, h.enterprise_id, 'TALENT_INTRO_SUBSIDY', 'intake', 'intake.3.2.1',
       date '2022-04-05', 'intake', 'hire-' || h.id, h.district_code, h.subsidy_total_yuan, h.subsidy_city_yuan,
       h.subsidy_district_yuan, h.agreement_signed_on, h.agreement_signed_on + 14, 'PAID', 'bench', now()
from intake_hire h where h.id >= 10000000;

insert into core_payment (id, grant_id, finance_level, amount_yuan, paid_on, bank_reference, idempotency_key,
    recorded_by, recorded_at)
select g.id * 2 + l.n, g.id, l.level, case when l.n = 0 then g.city_share_yuan else g.district_share_yuan end,
       g.basis_date + 7, 'BENCH-' || g.id || '-' || l.n, 'bench-' || g.id || '-' || l.n, 'bench', now()
from core_grant g cross join (values (0, 'CITY'), (1, 'DISTRICT')) l(n, level)
where g.id >= 10000000 and g.source_module = 'intake';

-- rare-earth event support for enterprises: 245,000 grants (35,000 of them half paid) and 455,000 payments,
-- which make the ledger's 1,000,000 entries with the hires' 300,000
insert into core_grant (id, version, beneficiary_kind, beneficiary_id, enterprise_id, purpose, policy_id, clause_id,
    version_from, source_module, source_reference, district_code, total_yuan, city_share_yuan, district_share_yuan,
    basis_date, due_date, status, granted_by, granted_at)
select 20000000 + i, 0, 'ENTERPRISE', 20000000 + i, e.id, 'RARE_EARTH_EVENT', 'rare-earth', 'rare-earth.12',
       date '2022-04-05', 'rare-earth', 'event-' || i, e.district_code, 300000, 150000, 150000, d, d + 14,
       case when i % 7 = 0 then 'PARTLY_PAID' else 'PAID' end, 'bench', now()
from generate_series(1, 245000) i
join bench_enterprise e on e.n = i % (select count(*) from bench_enterprise)
cross join lateral (select date '2022-05-01' + (i % 1300) as d) basis;

insert into core_payment (id, grant_id, finance_level, amount_yuan, paid_on, bank_reference, idempotency_key,
    recorded_by, recorded_at)
select g.id * 2 + l.n, g.id, l.level, 150000, g.basis_date + 7, 'BENCH-' || g.id || '-' || l.n,
       'bench-' || g.id || '-' || l.n, 'bench', now()
from core_grant g cross join (values (0, 'CITY'), (1, 'DISTRICT')) l(n, level)
where g.id >= 20000000 and (l.n = 0 or g.status = 'PAID');

commit;

analyze;

select (select count(*) from intake_hire where id >= 10000000) as hires,
       (select count(*) from core_grant where id >= 10000000)
           + (select count(*) from core_payment where grant_id >= 10000000) as ledger_entries;
