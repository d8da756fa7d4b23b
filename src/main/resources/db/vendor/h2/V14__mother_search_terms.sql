-- The table and rule of db/vendor/postgresql/V14 (read its comment) on H2: each word of the mother's
-- search_name (kind 'N') and each suffix of her phone_digits (kind 'P'), kept in step by the Java trigger
-- MotherSearchTerms.

create table mother_search_term (
    mother_id bigint       not null references mother (id),
    kind      varchar(1)   not null,
    term      varchar(201) not null,
    primary key (mother_id, kind, term),
    constraint mother_search_term_kind_known check (kind in ('N', 'P'))
);
create index mother_search_term_idx on mother_search_term (kind, term);

create trigger mother_search_terms after insert, update on mother for each row
    call 'org.lactationclinic.infrastructure.persistence.MotherSearchTerms';

-- the mothers already registered: the trigger writes their terms
update mother set search_name = search_name;
