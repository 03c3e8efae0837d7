-- Deadlines only where a text sets one: intake 五（五） sets 10 working days after signing (also for rare-earth measure 2,
-- the same subsidy); the other rare-earth measures set none, so their grants have no due date and are never overdue.
alter table core_grant alter column due_date drop not null;
