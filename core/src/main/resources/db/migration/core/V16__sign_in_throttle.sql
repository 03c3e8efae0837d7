-- Sign-in throttle (issue 15, item 4): failed attempts per account name and per client address, with the time of
-- the last one, instead of a lock-out that anyone could set off with five wrong passwords. Kept in the database so
-- that every instance of a cluster sees the same counts. One row per subject, written in a transaction of its own.
create table core_sign_in_failure (
    -- 'account:<name as typed>' or 'address:<client address>'; unknown names are counted as known ones are
    subject        varchar(200) primary key,
    failures       integer      not null,
    last_failure   timestamp with time zone not null,
    -- attempts refused unchecked while the subject had to wait
    refused        integer      not null,
    -- the city office was told of this burst of failures
    burst_told     boolean      not null
);

-- the lock-out is gone
alter table core_account drop column failed_attempts;
alter table core_account drop column locked_until;
