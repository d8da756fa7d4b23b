-- How many amendments a consultation has had; the database guard of V10 (db/vendor/*) lets a signed
-- consultation's row change only together with this count.
alter table consultation add column amendment_count integer not null default 0;
alter table consultation_aud add column amendment_count integer;
