-- source_health by source and UTC day (issue 18, bench/bench_scale.py): the view groups on
-- (source_id, timezone('UTC', <time>)::date) in each branch, and a filter on one source's day
-- reaches every branch; these indexes answer it without reading the source's whole history.
-- At 100,000 articles a source's day took ~190 ms (a scan of articles), ~15 ms with them.
CREATE INDEX articles_source_day_idx ON articles (source_id, ((timezone('UTC', created_at))::date));
CREATE INDEX raw_pages_source_day_idx ON raw_pages (source_id, ((timezone('UTC', fetched_at))::date));
CREATE INDEX crawl_runs_source_day_idx ON crawl_runs (source_id, ((timezone('UTC', started_at))::date));
CREATE INDEX fetch_failures_source_day_idx ON fetch_failures (source_id, ((timezone('UTC', occurred_at))::date));
