-- Lactation Clinic: shows what the application's role may do to the audit trail (issue 15). Run AS THE
-- APPLICATION'S ROLE in the clinic's database: every statement below must fail with "permission denied" or "must
-- be owner"; the transaction is rolled back either way. Used by docs/security.md.
--   psql -h db-host -U lactation_app -d lactation_clinic -f check-roles.sql
\set ON_ERROR_STOP off
\set VERBOSITY terse
SELECT current_user AS connected_as, count(*) AS audit_events_readable FROM audit_event;
BEGIN;
UPDATE audit_event SET actor = 'someone.else' WHERE sequence_number = 1;
ROLLBACK;
BEGIN;
DELETE FROM audit_event WHERE sequence_number = 1;
ROLLBACK;
BEGIN;
TRUNCATE audit_event;
ROLLBACK;
BEGIN;
ALTER TABLE audit_event DISABLE TRIGGER USER;
ROLLBACK;
BEGIN;
DROP TABLE audit_event;
ROLLBACK;
BEGIN;
CREATE TABLE clinic_probe (id int);
ROLLBACK;
