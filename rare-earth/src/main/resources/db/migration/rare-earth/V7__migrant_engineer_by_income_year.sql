-- 候鸟式 engineers may apply year after year (rare-earth.5: 30% of 上年度 income; 同一人补助最高不超过10万元 runs over
-- the years, parameter rareEarth.migrantEngineer.capScope). Measure 5 is now booked per income year,
-- MIGRANT_ENGINEER_SUBSIDY_2024 for 2024's income applied for in 2025, so a second year's application is no duplicate.
-- Grants booked before under the bare code take the income year of their application: the year before it was submitted.
update core_grant g
   set purpose = (select 'MIGRANT_ENGINEER_SUBSIDY_' || cast(extract(year from a.submitted_on) - 1 as varchar(4))
                    from re_application a
                   where 'application-' || cast(a.id as varchar(20)) = g.source_reference)
 where g.purpose = 'MIGRANT_ENGINEER_SUBSIDY'
   and g.source_module = 'rare-earth'
   and exists (select 1 from re_application a where 'application-' || cast(a.id as varchar(20)) = g.source_reference);
