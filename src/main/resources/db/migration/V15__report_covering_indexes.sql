-- Indexes that hold every column the clinic reports read from the wide consultation, infant_findings and
-- feed_observation rows, so that a report reads the index entries and not the rows (notes, EPDS answers,
-- oral assessment ...). On the generated clinic of 250,000 consultations this took a full pass over
-- consultation on H2 from 1.5 s to 0.15 s; PostgreSQL uses them as index-only scans once the table is
-- vacuumed. docs/performance.md has the measurements.

-- The period's consultations (activity, reasons, well-being, score changes): replaces V13's (started_at).
drop index consultation_started_idx;
create index consultation_period_idx on consultation (started_at, voided, consultant_id, mother_id, type, id);

-- A mother's consultations (the dyad page, the activity report's first visit per mother): V1's index,
-- widened with what the activity report reads.
drop index consultation_mother_idx;
create index consultation_mother_idx on consultation (mother_id, started_at, id, voided, consultant_id, type);

-- The infants due an outcome check, by birth date: V13's index, widened with what the outcomes read.
drop index infant_birth_idx;
create index infant_birth_idx on infant (birth_date_time, voided, birth_weight_grams, id);

-- An infant's consultations (outcomes): the link without reading its row.
create index consultation_infant_report_idx on consultation_infant (infant_id, consultation_id);

-- A consultation reached from an infant (outcomes): whether it counts, when, and by whom.
create index consultation_report_idx on consultation (id, voided, started_at, consultant_id);

-- An infant's findings at a consultation (outcomes, score changes): status, weight and the key of its feeds.
create index infant_findings_report_idx on infant_findings
    (consultation_id, infant_id, id, voided, feeding_status, weighed_at, weight_grams);

-- The observed feeds of a findings row (score changes): the five LATCH answers and nipple pain.
create index feed_observation_report_idx on feed_observation
    (findings_id, latch_grasp, latch_swallowing, latch_nipple, latch_comfort, latch_hold, nipple_pain);
