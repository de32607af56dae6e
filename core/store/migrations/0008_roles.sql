-- 0008 (2026-11-23): database roles.
--   newsflow_analyst  NOLOGIN group: SELECT on the output tables and views, nothing else (no writes,
--                     no DDL, no temporary tables, no raw page bodies or headers).
--   newsflow_pipeline NOLOGIN group without superuser, CREATEDB or CREATEROLE: reads and writes rows.
-- Deployments create login roles inside these groups, e.g.
--   CREATE ROLE alice LOGIN PASSWORD '...' IN ROLE newsflow_analyst;
-- Migrations themselves keep running as the schema owner.
--
-- Roles belong to the whole cluster while grants belong to one database, and every test session
-- migrates a new database on the same server: role creation must tolerate roles that exist already
-- (or that a concurrent session creates at the same moment). Grants are per database and repeatable.
-- Where the migrating user may not create roles (a managed server), roles are skipped with a warning
-- and the grants follow once an administrator has created them and re-applied this file's grants.

DO $roles$
DECLARE
    wanted text;
BEGIN
    FOREACH wanted IN ARRAY ARRAY['newsflow_analyst', 'newsflow_pipeline'] LOOP
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = wanted) THEN
            CONTINUE;
        END IF;
        BEGIN
            EXECUTE format('CREATE ROLE %I NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION '
                           'NOBYPASSRLS', wanted);
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN
                NULL;  -- another session created it between our check and our CREATE
            WHEN insufficient_privilege THEN
                RAISE WARNING 'newsflow: cannot create role % (needs CREATEROLE); grants skipped', wanted;
        END;
    END LOOP;
    -- A role created earlier by hand with more rights is brought back to the intended ones.
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'newsflow_pipeline' AND (rolsuper OR rolcreaterole
               OR rolcreatedb OR rolbypassrls))
       AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND rolsuper) THEN
        ALTER ROLE newsflow_pipeline NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
    END IF;
END
$roles$;

DO $grants$
DECLARE
    db text := current_database();
    has_analyst boolean := EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'newsflow_analyst');
    has_pipeline boolean := EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'newsflow_pipeline');
BEGIN
    IF has_analyst THEN
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO newsflow_analyst', db);
        GRANT USAGE ON SCHEMA public TO newsflow_analyst;
        GRANT SELECT ON ALL TABLES IN SCHEMA public TO newsflow_analyst;
        -- Inputs and bookkeeping, not output: raw bodies and headers stay private; the page list
        -- and its processing errors remain readable (why an article is missing).
        REVOKE ALL ON raw_pages, schema_migrations FROM newsflow_analyst;
        GRANT SELECT (id, crawl_run_id, source_id, url, canonical_url, final_url, status, fetched_at,
                      processed_at, process_error)
            ON raw_pages TO newsflow_analyst;
        -- Tables and views that later migrations create (as the same owner) are readable too.
        ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO newsflow_analyst;
        ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO newsflow_analyst;
    END IF;

    IF has_pipeline THEN
        EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO newsflow_pipeline', db);
        GRANT USAGE ON SCHEMA public TO newsflow_pipeline;
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO newsflow_pipeline;
        GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO newsflow_pipeline;
        ALTER DEFAULT PRIVILEGES GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO newsflow_pipeline;
        ALTER DEFAULT PRIVILEGES GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO newsflow_pipeline;
        ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO newsflow_pipeline;
    END IF;

    -- Nobody gets temporary tables through PUBLIC (analysts must not create anything); the pipeline
    -- keeps them through its own grant above. Needs the database owner: skipped with a warning if not.
    BEGIN
        EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', db);
    EXCEPTION WHEN insufficient_privilege THEN
        RAISE WARNING 'newsflow: cannot revoke TEMPORARY on database % from PUBLIC (not its owner)', db;
    END;
END
$grants$;
