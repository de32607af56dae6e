-- 0010 (2026-11-23): analysts read the feed/sitemap date and title added in 0009 (0008 grants
-- raw_pages column by column, leaving bodies and headers to the pipeline).
GRANT SELECT (listed_published_at, listed_title) ON raw_pages TO newsflow_analyst;
