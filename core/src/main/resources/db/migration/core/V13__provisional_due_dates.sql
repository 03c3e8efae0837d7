-- A due date counted in working days keeps how many (so that it can be counted again) and whether it was counted on
-- the provisional year after the last holiday notice (预计); entering that year's notice counts the open ones again.
alter table core_grant add column due_working_days integer;
alter table core_grant add column due_provisional boolean default false not null;
alter table core_grant_aud add column due_working_days integer;
alter table core_grant_aud add column due_provisional boolean;
create index core_grant_provisional_ix on core_grant (due_provisional, status);
