-- Storage that stays small (issue 18).
-- 1. Large values (raw page bodies, article texts) TOAST-compressed with lz4 where the server was
--    built with it (PostgreSQL >= 14): about as small as pglz, several times faster to compress and
--    read. Applies to values written from now on; `VACUUM FULL raw_pages` rewrites old ones.
-- 2. Retention: `body_dropped_at` records that a processed page's body was dropped after
--    NEWSFLOW_RAW_RETENTION_DAYS (core.store.retention); its hash, headers and lineage stay.
ALTER TABLE raw_pages ADD COLUMN body_dropped_at timestamptz;

DO $$
BEGIN
    ALTER TABLE raw_pages ALTER COLUMN body SET COMPRESSION lz4;
    ALTER TABLE articles ALTER COLUMN text SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value OR undefined_object THEN
    RAISE NOTICE 'lz4 TOAST compression unavailable here (%); bodies keep pglz', SQLERRM;
END $$;

-- The retention sweep finds the processed pages that still hold a body, oldest first.
CREATE INDEX raw_pages_body_kept_idx ON raw_pages (fetched_at)
    WHERE body IS NOT NULL AND processed_at IS NOT NULL;

GRANT SELECT (body_dropped_at) ON raw_pages TO newsflow_analyst;
