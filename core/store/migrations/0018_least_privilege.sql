-- 0018 (2026-12-01): least privilege, closing what 0008 left open (issue 15).
--   * Large objects: nobody but the owner creates or writes them. lo_from_bytea, lo_create, lo_put...
--     are executable by PUBLIC in every PostgreSQL database, so an analyst could store data in the
--     database (bypassing "no writes"). EXECUTE on every large-object function is revoked from PUBLIC
--     here; nothing in newsflow uses large objects.
--   * Advisory locks: the crawl (one per source) and processing (claim/write) locks are advisory
--     locks anyone could take, and an analyst holding one blocks crawls for their whole timeout.
--     The lock functions are revoked from PUBLIC and granted to newsflow_pipeline and the owner.
--   * Default privileges: 0008's were global (any schema the owner creates later was readable by
--     analysts and writable by the pipeline). They are now scoped to schema public.
--   * schema_migrations: the pipeline may read it (run-once checks it is up to date) but no longer
--     insert, change or delete rows (a deleted row re-runs a migration at the next upgrade).
-- Function privileges live in this database's catalog, so they change nothing elsewhere on the
-- server. Revoking on pg_catalog functions needs a superuser: otherwise it warns and skips that part.

DO $least$
DECLARE
    fn regprocedure;
    has_analyst boolean := EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'newsflow_analyst');
    has_pipeline boolean := EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'newsflow_pipeline');
BEGIN
    BEGIN
        FOR fn IN SELECT p.oid::regprocedure FROM pg_proc p
                  WHERE p.pronamespace = 'pg_catalog'::regnamespace
                    AND (p.proname LIKE 'lo\_%' OR p.proname IN ('loread', 'lowrite'))
        LOOP
            EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', fn);
        END LOOP;
        FOR fn IN SELECT p.oid::regprocedure FROM pg_proc p
                  WHERE p.pronamespace = 'pg_catalog'::regnamespace
                    AND p.proname ~ '^pg_(try_)?advisory_(xact_)?(un)?lock(_shared|_all)?$'
        LOOP
            EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', fn);
            EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO %I', fn, current_user);
            IF has_pipeline THEN
                EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO newsflow_pipeline', fn);
            END IF;
        END LOOP;
    EXCEPTION WHEN insufficient_privilege THEN
        RAISE WARNING 'newsflow: cannot revoke large-object and advisory-lock functions from PUBLIC '
                      '(needs a superuser); analysts can still call them';
    END;

    IF has_analyst THEN
        ALTER DEFAULT PRIVILEGES REVOKE SELECT ON TABLES FROM newsflow_analyst;
        ALTER DEFAULT PRIVILEGES REVOKE USAGE ON SCHEMAS FROM newsflow_analyst;
        ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO newsflow_analyst;
    END IF;
    IF has_pipeline THEN
        ALTER DEFAULT PRIVILEGES REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM newsflow_pipeline;
        ALTER DEFAULT PRIVILEGES REVOKE USAGE, SELECT, UPDATE ON SEQUENCES FROM newsflow_pipeline;
        ALTER DEFAULT PRIVILEGES REVOKE USAGE ON SCHEMAS FROM newsflow_pipeline;
        ALTER DEFAULT PRIVILEGES IN SCHEMA public
            GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO newsflow_pipeline;
        ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO newsflow_pipeline;
        REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON schema_migrations FROM newsflow_pipeline;
        GRANT SELECT ON schema_migrations TO newsflow_pipeline;
    END IF;
END
$least$;
