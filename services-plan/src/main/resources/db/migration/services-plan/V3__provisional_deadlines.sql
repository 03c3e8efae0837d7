-- A request's deadline keeps its number of working days (so that it can be counted again from routed_on) and whether it
-- was counted on the provisional year after the last holiday notice (预计); entering that notice counts the open ones again.
alter table svc_request add column deadline_working_days integer;
alter table svc_request add column deadline_provisional boolean default false not null;
alter table svc_request_aud add column deadline_working_days integer;
alter table svc_request_aud add column deadline_provisional boolean;
