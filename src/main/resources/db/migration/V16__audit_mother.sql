-- The mother whose record an audit event concerns: her own uuid for an event on her, hers for an event on her
-- consultation, baby or pumping entry; null for everything else (staff accounts, settings, reports). An
-- admin asking "who looked at or changed this mother's record" searches her uuid and finds them all. The
-- hash of an event that names a mother covers it (AuditHash, encoding v2); the rows written before this
-- migration keep it null and their v1 hash, and are still found by their record uuid.
alter table audit_event add column mother_uuid uuid;

create index audit_event_mother_idx on audit_event (mother_uuid, occurred_at desc, sequence_number desc);
