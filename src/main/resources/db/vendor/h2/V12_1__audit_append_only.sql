-- The rule of db/vendor/postgresql/V12_1 on H2: audit_event rows are never updated or deleted
-- (see AuditAppendOnlyGuard).
create trigger audit_event_append_only before update, delete on audit_event for each row
    call 'org.lactationclinic.infrastructure.persistence.AuditAppendOnlyGuard';
