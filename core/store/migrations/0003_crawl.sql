-- 0003 (2026-11-23): what the fetch stage needs beyond the skeleton.
-- crawl_validators: ETag / Last-Modified / body hash of every feed and sitemap last seen, so the next
-- crawl sends conditional requests and skips unchanged documents. A validator is saved only when
-- every article the document listed was fetched or is known, so a failed article is retried.
CREATE TABLE crawl_validators (
    url            text PRIMARY KEY,
    source_id      integer NOT NULL REFERENCES sources(id),
    etag           text,
    last_modified  text,
    body_sha256    text,
    checked_at     timestamptz NOT NULL DEFAULT now(),
    changed_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX crawl_validators_source_idx ON crawl_validators (source_id);

-- The character encoding the crawler decided on (header, meta, or detected when they lie),
-- so the cleaner decodes a cp1251 page served as "utf-8" correctly.
ALTER TABLE raw_pages ADD COLUMN encoding text;
-- The entry point (feed / sitemap / listing URL) an article was found through.
ALTER TABLE raw_pages ADD COLUMN found_via text;

CREATE INDEX fetch_failures_run_idx ON fetch_failures (crawl_run_id);
CREATE INDEX fetch_failures_kind_idx ON fetch_failures (kind, occurred_at DESC);
CREATE INDEX crawl_runs_status_idx ON crawl_runs (status, started_at DESC);
