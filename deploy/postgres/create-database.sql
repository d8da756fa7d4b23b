-- Lactation Clinic: the roles, database and schema on a shared PostgreSQL server (10 or newer).
--
-- Run as a superuser, giving the application's password as a psql variable:
--
--   read -rs APP_PASSWORD      # type or paste it; it is not echoed
--   psql -h db-host -U postgres -d postgres -v app_password="$APP_PASSWORD" -f create-database.sql
--
-- Optional: -v conn_limit=N, the most connections lactation_app may hold (default 40: one
-- application server pools up to 30; allow 30 per server plus 10 to spare).
--
-- Creates:
--   lactation_owner   NOLOGIN role that owns the database
--   lactation_app     LOGIN role the application connects as; owns schema clinic, where Flyway
--                     creates every table at application start-up; its search_path is clinic
--   lactation_clinic  the database (UTF8); only lactation_app (and superusers) may connect
--
-- Safe to run again: what exists is kept, the settings below are applied again and the
-- password of lactation_app is set to app_password (this is also how to change it).

\set ON_ERROR_STOP on

-- Keep the password out of the server log for this session (skipped where not allowed).
DO $$
BEGIN
    PERFORM pg_catalog.set_config('log_statement', 'none', false);
    PERFORM pg_catalog.set_config('log_min_duration_statement', '-1', false);
EXCEPTION WHEN insufficient_privilege THEN
    NULL;
END
$$;

\if :{?app_password}
\else
DO $$ BEGIN RAISE EXCEPTION 'Give the password: psql -v app_password=... -f create-database.sql'; END $$;
\endif
SELECT :'app_password' = '' AS app_password_empty \gset
\if :app_password_empty
DO $$ BEGIN RAISE EXCEPTION 'app_password is empty'; END $$;
\endif
\if :{?conn_limit}
\else
\set conn_limit 40
\endif

-- Roles ------------------------------------------------------------------------------------------

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'lactation_owner') THEN
        CREATE ROLE lactation_owner NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'lactation_app') THEN
        CREATE ROLE lactation_app LOGIN;
    END IF;
END
$$;

-- Store the password as a SCRAM hash whatever the server default is.
SET password_encryption = 'scram-sha-256';
ALTER ROLE lactation_owner NOLOGIN;
ALTER ROLE lactation_app LOGIN NOCREATEDB NOCREATEROLE CONNECTION LIMIT :conn_limit
    PASSWORD :'app_password';

-- Database ---------------------------------------------------------------------------------------

-- CREATE DATABASE cannot run in a DO block: \gexec runs it only when the database is missing.
SELECT 'CREATE DATABASE lactation_clinic OWNER lactation_owner ENCODING ''UTF8'' TEMPLATE template0'
WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_database WHERE datname = 'lactation_clinic')
\gexec

ALTER DATABASE lactation_clinic OWNER TO lactation_owner;
REVOKE ALL ON DATABASE lactation_clinic FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE lactation_clinic TO lactation_app;
ALTER ROLE lactation_app IN DATABASE lactation_clinic SET search_path = clinic;

-- Schema -----------------------------------------------------------------------------------------

\connect lactation_clinic

-- Nobody creates objects in public (already the default from PostgreSQL 15 on).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

CREATE SCHEMA IF NOT EXISTS clinic AUTHORIZATION lactation_app;
ALTER SCHEMA clinic OWNER TO lactation_app;
REVOKE ALL ON SCHEMA clinic FROM PUBLIC;

\echo 'Done: database lactation_clinic, schema clinic owned by lactation_app, connection limit' :conn_limit
