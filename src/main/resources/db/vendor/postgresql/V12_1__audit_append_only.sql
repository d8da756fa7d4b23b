-- The audit trail is append-only for every database role that does not own the table: an UPDATE or DELETE
-- of audit_event is refused (TRUNCATE too). The same rule on H2 is the Java trigger AuditAppendOnlyGuard.
-- A DBA can still drop the trigger; the hash chain (AuditChainVerifier) then shows what was changed.

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_append_only();

create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
