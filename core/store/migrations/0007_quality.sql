-- 0007 (2026-11-23): results of the daily data-quality checks (DAG news_quality), one row per
-- check, source and day; re-running a day's checks overwrites that day's rows.

CREATE TABLE quality_checks (
    id          bigserial PRIMARY KEY,
    checked_on  date NOT NULL,
    check_name  text NOT NULL,
    source      text NOT NULL,          -- source name, or '*' for a check over all sources
    ok          boolean NOT NULL,
    value       double precision,       -- the figure in the checked window
    baseline    double precision,       -- the same figure's norm over the baseline window
    message     text NOT NULL,
    checked_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (checked_on, check_name, source)
);
CREATE INDEX quality_checks_failed_idx ON quality_checks (checked_on DESC) WHERE NOT ok;
