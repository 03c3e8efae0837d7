-- Whether an enterprise is an industrial enterprise (工业企业): the services plan serves 规模以上工业企业 (services-plan.3),
-- intake any 规模以上企业 (intake.4). The four key industries are industrial sectors, so the enterprises registered
-- before this column are recorded as industrial; the city office corrects one that is not (a trading company, say).
alter table core_enterprise add column industrial boolean default true not null;
alter table core_enterprise_aud add column industrial boolean;
