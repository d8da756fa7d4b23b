-- Issue 15: two PostgreSQL roles. When the migrations run as the schema's owner (DB_MIGRATION_USER) and the
-- application connects as another role (DB_USER, given here as ${appRole}), that role gets only what the
-- application needs, again after every migration (so new tables are covered):
--   every table: SELECT, INSERT, UPDATE, DELETE (clinical records are voided, not deleted, but Envers, the
--   autosave table and the link tables delete rows);
--   audit_event: SELECT and INSERT only, so the application's login can neither change nor delete an event,
--   nor, not being the owner, switch the append-only trigger off;
--   flyway_schema_history: SELECT only (the readiness check reads the schema version).
-- With one role (the application owns its schema, the default of deploy/postgres/create-database.sql, H2) there
-- is nothing to grant and nothing is done.
DO $$
DECLARE
    app_role text := '${appRole}';
BEGIN
    IF app_role = '' OR app_role = current_user
            OR NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = app_role) THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), app_role);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), app_role);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), app_role);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON %I.audit_event FROM %I', current_schema(), app_role);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON %I.flyway_schema_history FROM %I',
                   current_schema(), app_role);
END
$$;
