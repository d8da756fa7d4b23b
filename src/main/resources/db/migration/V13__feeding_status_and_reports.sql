-- Feeding status per infant at each consultation (clinical-reference.md, section 6: exclusive, partial, none by
-- the WHO/ABM definitions; null = not recorded), and the indexes the clinic reports use (docs/architecture.md,
-- Reports). Runs unchanged on H2 2.x and PostgreSQL.

alter table infant_findings add column feeding_status varchar(10);
alter table infant_findings add constraint infant_findings_feeding_status_known check (feeding_status in
    ('EXCLUSIVE', 'PARTIAL', 'NONE'));
alter table infant_findings_aud add column feeding_status varchar(10);

-- Reports over a period for the whole clinic (no consultant filter) start from the consultations in the period.
create index consultation_started_idx on consultation (started_at);
-- Outcome reports pick the infants due a check by birth date.
create index infant_birth_idx on infant (birth_date_time);
