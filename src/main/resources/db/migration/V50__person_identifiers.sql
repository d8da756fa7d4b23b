-- Identifiers a mother or an infant is known by elsewhere (a hospital MRN, a national number): any number of
-- (system, value) pairs. A pair names one person only: the unique constraints make the database refuse a
-- second mother (or infant) with the same number in the same system, whatever the application checked.
create table mother_identifier (
    mother_id  bigint       not null references mother (id),
    list_index integer      not null,
    id_system  varchar(200) not null,
    id_value   varchar(100) not null,
    primary key (mother_id, list_index),
    constraint mother_identifier_unique unique (id_system, id_value),
    constraint mother_identifier_not_blank check (trim(id_system) <> '' and trim(id_value) <> '')
);
-- the mother search looks identifiers up by value alone
create index mother_identifier_value on mother_identifier (id_value);

create table mother_identifier_aud (
    mother_id  bigint       not null,
    list_index integer      not null,
    rev        bigint       not null references revision (id),
    revtype    smallint     not null,
    id_system  varchar(200),
    id_value   varchar(100),
    primary key (mother_id, list_index, rev, revtype)
);

create table infant_identifier (
    infant_id  bigint       not null references infant (id),
    list_index integer      not null,
    id_system  varchar(200) not null,
    id_value   varchar(100) not null,
    primary key (infant_id, list_index),
    constraint infant_identifier_unique unique (id_system, id_value),
    constraint infant_identifier_not_blank check (trim(id_system) <> '' and trim(id_value) <> '')
);
create index infant_identifier_value on infant_identifier (id_value);

create table infant_identifier_aud (
    infant_id  bigint       not null,
    list_index integer      not null,
    rev        bigint       not null references revision (id),
    revtype    smallint     not null,
    id_system  varchar(200),
    id_value   varchar(100),
    primary key (infant_id, list_index, rev, revtype)
);
