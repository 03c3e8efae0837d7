-- In-platform notifications (站内通知): one row per recipient account, read or not.
create sequence core_notification_seq start with 1 increment by 50;
create table core_notification (
    id          bigint        primary key,
    account_id  bigint        not null references core_account (id),
    title       varchar(200)  not null,
    body        varchar(2000) not null,
    link        varchar(500),
    source      varchar(60)   not null,
    created_at  timestamp with time zone not null,
    read_at     timestamp with time zone
);
create index core_notification_account_ix on core_notification (account_id, created_at);
