-- Nothing stuck after a crash (issue 15, item 8): a job records the boot id of the instance whose queue holds it, so
-- that one left QUEUED or RUNNING by a process that died is failed within minutes, not after an hour.
alter table rpt_job add column boot_id varchar(36);
