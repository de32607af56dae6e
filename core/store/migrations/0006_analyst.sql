-- 0006 (2026-11-23): what analysts query and read.
-- Views over the active model's scores (relevant_articles, review_queue), story clusters
-- (story_overview), per-source daily health (source_health), full-text search over articles
-- (articles.search_vector) and indexes for the queries analysts make. Days are UTC calendar days.
-- Column meanings: docs/columns.md; example queries: docs/queries.md.

-- Full-text search: title weighted A, body B. English stemming (the analysts read English).
-- left() caps the body: a tsvector must stay under 1 MB, and an oversized page must not make the
-- article insert fail.
ALTER TABLE articles ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
    || setweight(to_tsvector('english'::regconfig, left(coalesce(text, ''), 200000)), 'B')
) STORED;
CREATE INDEX articles_search_idx ON articles USING gin (search_vector);

-- "The article's date": when it was published, else when we first stored it.
CREATE INDEX articles_seen_idx ON articles ((coalesce(published_at, created_at)) DESC, id DESC);
CREATE INDEX articles_created_idx ON articles (created_at);
CREATE INDEX articles_source_seen_idx ON articles (source_id, (coalesce(published_at, created_at)) DESC);
-- Relevant articles of one model, and the scores of one article.
CREATE INDEX classifications_model_relevant_idx ON classifications (model_id, article_id) WHERE relevant;
CREATE INDEX classifications_article_idx ON classifications (article_id);
CREATE INDEX raw_pages_source_fetched_idx ON raw_pages (source_id, fetched_at DESC);
CREATE INDEX fetch_failures_time_idx ON fetch_failures (occurred_at DESC);
CREATE INDEX crawl_runs_started_idx ON crawl_runs (started_at DESC);
CREATE INDEX stories_last_seen_idx ON stories (last_seen_at DESC);

-- The skeleton's relevant_articles is replaced (its columns are kept, new ones added).
DROP VIEW IF EXISTS relevant_articles;
DROP VIEW IF EXISTS story_overview;
DROP VIEW IF EXISTS source_health;
DROP VIEW IF EXISTS review_queue;

-- Usable articles (status 'ok', see 0004) the active model calls relevant, newest first.
CREATE VIEW relevant_articles AS
SELECT a.id AS article_id,
       a.title,
       a.url,
       s.name AS source,
       a.source_id,
       a.published_at,
       (timezone('UTC', coalesce(a.published_at, a.created_at)))::date AS article_date,
       a.language,
       c.label,
       c.score,
       c.top_terms,
       a.story_id,
       st.title AS story_title,
       m.id AS model_id,
       m.version AS model_version,
       c.scored_at,
       a.word_count,
       a.text
FROM classifications c
JOIN models m ON m.id = c.model_id AND m.active
JOIN articles a ON a.id = c.article_id
JOIN sources s ON s.id = a.source_id
LEFT JOIN stories st ON st.id = a.story_id
WHERE c.relevant AND a.status = 'ok'
ORDER BY coalesce(a.published_at, a.created_at) DESC, a.id DESC;

-- One row per story cluster: which outlets carried it, when, and whether the active model cares
-- (about a usable copy: articles.status 'ok').
CREATE VIEW story_overview AS
SELECT st.id AS story_id,
       st.title,
       st.first_seen_at,
       st.last_seen_at,
       count(a.id)::integer AS article_count,
       count(DISTINCT a.source_id)::integer AS outlet_count,
       coalesce(array_agg(DISTINCT s.name) FILTER (WHERE s.name IS NOT NULL), '{}') AS outlets,
       min(a.published_at) AS first_published_at,
       max(a.published_at) AS last_published_at,
       coalesce(bool_or(c.relevant), false) AS relevant,
       (count(*) FILTER (WHERE c.relevant))::integer AS relevant_article_count,
       max(c.score) AS max_score
FROM stories st
LEFT JOIN articles a ON a.story_id = st.id
LEFT JOIN sources s ON s.id = a.source_id
LEFT JOIN (classifications c JOIN models m ON m.id = c.model_id AND m.active)
       ON c.article_id = a.id AND a.status = 'ok'
GROUP BY st.id
ORDER BY st.last_seen_at DESC, st.id DESC;

-- Per source and UTC day: pages fetched, failures, crawl runs, new articles and the relevant share
-- (of the usable new articles the active model scored).
-- One UNION ALL scanned once, so a filter on day or source reaches every branch.
CREATE VIEW source_health AS
WITH events AS (
    SELECT source_id, (timezone('UTC', fetched_at))::date AS day, 'page' AS kind, NULL::boolean AS flag
    FROM raw_pages
    UNION ALL
    -- Notes (the page was stored, or skipping it was right) are not failures: crawlers/README.md.
    SELECT source_id, (timezone('UTC', occurred_at))::date,
           CASE WHEN kind IN ('robots_disallowed', 'offsite', 'charset_mismatch') THEN 'note'
                ELSE 'failure' END,
           NULL
    FROM fetch_failures WHERE source_id IS NOT NULL
    UNION ALL
    SELECT source_id, (timezone('UTC', started_at))::date, 'run',
           status IN ('unreachable', 'blocked', 'failed')
    FROM crawl_runs
    UNION ALL
    SELECT a.source_id, (timezone('UTC', a.created_at))::date, 'article', c.relevant
    FROM articles a
    LEFT JOIN (classifications c JOIN models m ON m.id = c.model_id AND m.active)
           ON c.article_id = a.id AND a.status = 'ok'
)
SELECT s.name AS source,
       e.source_id,
       e.day,
       (count(*) FILTER (WHERE e.kind = 'run'))::integer AS crawl_runs,
       (count(*) FILTER (WHERE e.kind = 'run' AND e.flag))::integer AS failed_runs,
       (count(*) FILTER (WHERE e.kind = 'page'))::integer AS pages_fetched,
       (count(*) FILTER (WHERE e.kind = 'failure'))::integer AS fetch_failures,
       (count(*) FILTER (WHERE e.kind = 'note'))::integer AS fetch_notes,
       (count(*) FILTER (WHERE e.kind = 'article'))::integer AS new_articles,
       (count(*) FILTER (WHERE e.kind = 'article' AND e.flag IS NOT NULL))::integer AS scored_articles,
       (count(*) FILTER (WHERE e.kind = 'article' AND e.flag))::integer AS relevant_articles,
       round((count(*) FILTER (WHERE e.kind = 'article' AND e.flag))::numeric
             / nullif(count(*) FILTER (WHERE e.kind = 'article' AND e.flag IS NOT NULL), 0), 4)
           AS relevant_share
FROM events e
JOIN sources s ON s.id = e.source_id
GROUP BY s.name, e.source_id, e.day
ORDER BY e.day DESC, s.name;

-- Unlabelled usable articles scored by the active model, the least certain (score nearest the
-- threshold) first: what analysts should label next.
CREATE VIEW review_queue AS
SELECT a.id AS article_id,
       a.title,
       a.url,
       s.name AS source,
       a.published_at,
       c.label,
       c.score,
       m.threshold,
       abs(c.score - m.threshold) AS distance_to_threshold,
       c.relevant,
       c.top_terms,
       a.story_id,
       m.id AS model_id,
       m.version AS model_version
FROM classifications c
JOIN models m ON m.id = c.model_id AND m.active
JOIN articles a ON a.id = c.article_id
JOIN sources s ON s.id = a.source_id
WHERE a.status = 'ok'
  AND NOT EXISTS (SELECT 1 FROM labels l WHERE l.article_id = a.id)
ORDER BY abs(c.score - m.threshold), a.id;
