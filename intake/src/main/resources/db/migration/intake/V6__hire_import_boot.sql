-- Nothing stuck after a crash (issue 15, item 8): an upload records the boot id of the instance running it, so that
-- one left READING, CHECKING or IMPORTING by a process that died is marked FAILED with the reason the submitter reads.
alter table intake_hire_import add column boot_id varchar(36);
alter table intake_hire_import add column failure varchar(200);
