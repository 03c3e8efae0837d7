-- An Idempotency-Key belongs to the account that sent it: another account's request with the same key is a request of
-- its own, and never learns of the first. Each row also keeps the SHA-256 of its request's fields (in a canonical
-- form), so that the same caller's key sent again with other fields is refused instead of answered with the first
-- row. Rows written before carry no fingerprint: a repeat of them is answered as before. Runs on H2 2.2 and PostgreSQL.
alter table core_payment drop constraint core_payment_key_uk;
alter table core_payment add constraint core_payment_key_uk unique (recorded_by, idempotency_key);
alter table core_payment add column request_sha256 varchar(64);
alter table core_payment_aud add column request_sha256 varchar(64);

alter table core_recovery drop constraint core_recovery_key_uk;
alter table core_recovery add constraint core_recovery_key_uk unique (decided_by, idempotency_key, finance_level);
alter table core_recovery add column request_sha256 varchar(64);
alter table core_recovery_aud add column request_sha256 varchar(64);
