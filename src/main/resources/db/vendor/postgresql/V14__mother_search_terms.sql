-- The mother search finds a word at the start of any word of the folded name, and phone digits anywhere in
-- the number. As LIKE '% word%' and LIKE '%digits%' on mother, both read every mother (tens of thousands at a
-- real clinic: over 50 ms). mother_search_term holds, per mother, each word of search_name (kind 'N') and
-- each suffix of phone_digits (kind 'P', so "digits anywhere" is "a suffix starts with the digits"): every
-- search becomes an index range scan on (kind, term). A trigger keeps it in step with the mother row, so no
-- writer can forget it; the same table and rule on H2 is db/vendor/h2/V14 with the Java trigger
-- MotherSearchTerms.

create table mother_search_term (
    mother_id bigint       not null references mother (id),
    kind      varchar(1)   not null,
    term      varchar(201) not null,
    primary key (mother_id, kind, term),
    constraint mother_search_term_kind_known check (kind in ('N', 'P'))
);
-- varchar_pattern_ops: LIKE 'abc%' uses the index whatever the database's collation
create index mother_search_term_idx on mother_search_term (kind, term varchar_pattern_ops);

create function mother_search_terms() returns trigger language plpgsql as $$
begin
    delete from mother_search_term where mother_id = new.id;
    insert into mother_search_term (mother_id, kind, term)
        select distinct new.id, 'N', word from regexp_split_to_table(new.search_name, ' ') as word where word <> '';
    if new.phone_digits is not null and new.phone_digits <> '' then
        insert into mother_search_term (mother_id, kind, term)
            select new.id, 'P', substr(new.phone_digits, i) from generate_series(1, length(new.phone_digits)) as i;
    end if;
    return null;
end;
$$;

create trigger mother_search_terms after insert or update of search_name, phone_digits on mother
    for each row execute function mother_search_terms();

-- the mothers already registered
insert into mother_search_term (mother_id, kind, term)
    select distinct m.id, 'N', word from mother m, regexp_split_to_table(m.search_name, ' ') as word where word <> '';
insert into mother_search_term (mother_id, kind, term)
    select m.id, 'P', substr(m.phone_digits, i) from mother m, generate_series(1, length(m.phone_digits)) as i
    where m.phone_digits is not null and m.phone_digits <> '';
