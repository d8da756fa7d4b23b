-- Amendments of signed consultations: when, by whom and why. The values before and after are in the
-- consultation's Envers history.

create table consultation_amendment (
    consultation_id bigint       not null references consultation (id),
    list_index      integer      not null,
    amended_at      timestamp with time zone not null,
    amended_by      varchar(60)  not null,
    reason          varchar(500) not null,
    primary key (consultation_id, list_index),
    constraint consultation_amendment_reason_given check (length(trim(reason)) > 0)
);

create table consultation_amendment_aud (
    rev             bigint   not null references revision (id),
    revtype         smallint not null,
    consultation_id bigint   not null,
    list_index      integer  not null,
    amended_at      timestamp with time zone,
    amended_by      varchar(60),
    reason          varchar(500),
    primary key (rev, revtype, consultation_id, list_index)
);
