-- Lactation Clinic: two PostgreSQL roles (issue 15). Run as a superuser, after create-database.sql, in the clinic's
-- database:
--
--   read -rs OWNER_PASSWORD
--   psql -h db-host -U postgres -d lactation_clinic -v owner_password="$OWNER_PASSWORD" -f two-roles.sql
--
-- Then add to /etc/lactation-clinic/lactation-clinic.env and restart:
--   DB_MIGRATION_USER=lactation_schema_owner
--   DB_MIGRATION_PASSWORD=<owner_password>
--
-- Afterwards:
--   lactation_schema_owner  LOGIN role that owns schema clinic and every table in it; the application uses it only
--                           at start-up, for the Flyway migrations
--   lactation_app           LOGIN role the application works as: SELECT, INSERT, UPDATE, DELETE on the tables,
--                           but on audit_event only SELECT and INSERT; not the owner of anything, so it cannot
--                           switch off the audit trail's append-only trigger or change a table. The grants are
--                           applied again by the application after every migration
--                           (db/callback/postgresql/afterMigrate__app_role_privileges.sql).
-- An existing installation (lactation_app owning everything) is converted in place: ownership is moved, nothing
-- is copied. Safe to run again. Optional: -v owner_role=, -v app_role=, -v schema= (the defaults below).

\set ON_ERROR_STOP on
\if :{?owner_role}
\else
\set owner_role lactation_schema_owner
\endif
\if :{?app_role}
\else
\set app_role lactation_app
\endif
\if :{?schema}
\else
\set schema clinic
\endif
\if :{?owner_password}
\else
DO $$ BEGIN RAISE EXCEPTION 'Give the password: psql -v owner_password=... -f two-roles.sql'; END $$;
\endif

SELECT set_config('lc.owner_role', :'owner_role', false), set_config('lc.app_role', :'app_role', false),
       set_config('lc.schema', :'schema', false), set_config('lc.owner_password', :'owner_password', false) \gset

DO $$
DECLARE
    owner_role text := current_setting('lc.owner_role');
    app_role   text := current_setting('lc.app_role');
    schema     text := current_setting('lc.schema');
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = owner_role) THEN
        EXECUTE format('CREATE ROLE %I LOGIN', owner_role);
    END IF;
    EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', owner_role, current_setting('lc.owner_password'));
    EXECUTE format('ALTER ROLE %I IN DATABASE %I SET search_path = %I', owner_role, current_database(), schema);
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), owner_role);
    EXECUTE format('CREATE SCHEMA IF NOT EXISTS %I', schema);
    -- Everything the application's role owned in this database now belongs to the owner.
    EXECUTE format('REASSIGN OWNED BY %I TO %I', app_role, owner_role);
    EXECUTE format('ALTER SCHEMA %I OWNER TO %I', schema, owner_role);
    EXECUTE format('REVOKE CREATE ON SCHEMA %I FROM %I', schema, app_role);
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', schema, app_role);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', schema, app_role);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', schema, app_role);
    IF to_regclass(format('%I.audit_event', schema)) IS NOT NULL THEN
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON %I.audit_event FROM %I', schema, app_role);
    END IF;
    IF to_regclass(format('%I.flyway_schema_history', schema)) IS NOT NULL THEN
        EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON %I.flyway_schema_history FROM %I', schema, app_role);
    END IF;
END
$$;

SELECT set_config('lc.owner_password', '', false) \gset
