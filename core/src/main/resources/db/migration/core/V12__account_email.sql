-- An optional e-mail address per account: where the platform has a mail server (TALENT_MAIL_HOST), notices of
-- decisions are also mailed to the accounts told that have one. Entered by the city office on 账号管理.
alter table core_account add column email varchar(254);
alter table core_account_aud add column email varchar(254);
