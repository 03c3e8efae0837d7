-- Running platform instances (issue 15, item 8): each JVM takes a random boot id at start and marks itself seen every
-- minute with the database's time (one clock for every instance). Work left running by a boot id not seen for a few
-- minutes belongs to a process that has died (kill -9, a crash), and is marked failed; another live instance's work
-- is never touched.
create table core_platform_instance (
    boot_id      varchar(36)  primary key,
    started_at   timestamp with time zone not null,
    seen_at      timestamp with time zone not null
);
