-- The Beijing day a service request was routed and the day it was resolved: deadlines and response times are counted
-- in Chinese working days from them (services-plan.6.2), and the reports group requests by them in the database.
alter table svc_request add column routed_on date;
alter table svc_request add column resolved_on date;
alter table svc_request_aud add column routed_on date;
alter table svc_request_aud add column resolved_on date;

-- rows written before this version take the day of their instant in Beijing; read from the text of the local time
-- because H2 casts a zoned timestamp to a date in the session's zone, PostgreSQL in the value's
update svc_request set routed_on = cast(substring(cast(routed_at at time zone 'Asia/Shanghai' as varchar(40)), 1, 10) as date)
    where routed_at is not null;
update svc_request set resolved_on = cast(substring(cast(resolved_at at time zone 'Asia/Shanghai' as varchar(40)), 1, 10) as date)
    where resolved_at is not null;
create index svc_request_raised_ix on svc_request (raised_on, district_code);
create index svc_nomination_applied_ix on svc_nomination (applied_on, district_code);
