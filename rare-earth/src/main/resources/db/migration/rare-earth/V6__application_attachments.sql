-- 附件 of an application: documents uploaded through core's document store (PDF, JPEG or PNG recognised by content,
-- kept under their SHA-256), each filed with one application by its enterprise or the city office while the
-- application is open, and read by whoever may read the application (its lead department too).

create sequence re_application_document_seq start with 1 increment by 50;
create table re_application_document (
    id               bigint        primary key,
    application_id   bigint        not null references re_application (id),
    document_id      bigint        not null references core_document (id),
    title            varchar(200)  not null,
    attached_by      varchar(64)   not null,
    attached_at      timestamp with time zone not null,
    constraint re_application_document_uk unique (document_id)
);
create index re_application_document_app_ix on re_application_document (application_id);
