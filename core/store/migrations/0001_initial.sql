-- 0001 (2026-11-23): the walking skeleton's schema.
-- Every fetched page is kept in raw_pages until processed; articles, classifications and
-- models are derived from it and can be rebuilt.

CREATE TABLE sources (
    id          serial PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    domains     text[] NOT NULL DEFAULT '{}',
    language    text,
    enabled     boolean NOT NULL DEFAULT true,
    config      jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE crawl_runs (
    id             bigserial PRIMARY KEY,
    source_id      integer NOT NULL REFERENCES sources(id),
    started_at     timestamptz NOT NULL DEFAULT now(),
    finished_at    timestamptz,
    status         text NOT NULL DEFAULT 'running'
                   CHECK (status IN ('running', 'ok', 'partial', 'empty', 'unreachable', 'blocked', 'failed')),
    requests       integer NOT NULL DEFAULT 0,
    pages_fetched  integer NOT NULL DEFAULT 0,
    pages_failed   integer NOT NULL DEFAULT 0,
    message        text,
    params         jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX crawl_runs_source_started_idx ON crawl_runs (source_id, started_at DESC);

CREATE TABLE raw_pages (
    id             bigserial PRIMARY KEY,
    crawl_run_id   bigint REFERENCES crawl_runs(id),
    source_id      integer NOT NULL REFERENCES sources(id),
    url            text NOT NULL,
    canonical_url  text NOT NULL,
    final_url      text,
    status         integer,
    headers        jsonb NOT NULL DEFAULT '{}'::jsonb,
    body           bytea,
    body_sha256    text,
    fetched_at     timestamptz NOT NULL DEFAULT now(),
    processed_at   timestamptz,
    process_error  text
);
CREATE INDEX raw_pages_canonical_url_idx ON raw_pages (canonical_url);
CREATE INDEX raw_pages_pending_idx ON raw_pages (id) WHERE processed_at IS NULL;
CREATE INDEX raw_pages_crawl_run_idx ON raw_pages (crawl_run_id);

-- One row per failed fetch or parse: what an analyst queries to see why a source went quiet.
CREATE TABLE fetch_failures (
    id            bigserial PRIMARY KEY,
    crawl_run_id  bigint REFERENCES crawl_runs(id),
    source_id     integer REFERENCES sources(id),
    url           text NOT NULL,
    kind          text NOT NULL,
    detail        text,
    http_status   integer,
    occurred_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX fetch_failures_source_time_idx ON fetch_failures (source_id, occurred_at DESC);

CREATE TABLE articles (
    id                 bigserial PRIMARY KEY,
    canonical_url      text NOT NULL UNIQUE,
    url                text NOT NULL,
    source_id          integer NOT NULL REFERENCES sources(id),
    raw_page_id        bigint REFERENCES raw_pages(id),
    title              text,
    authors            text[] NOT NULL DEFAULT '{}',
    published_at       timestamptz,
    language           text,
    text               text NOT NULL DEFAULT '',
    text_sha256        text NOT NULL,
    word_count         integer NOT NULL DEFAULT 0,
    status             text NOT NULL DEFAULT 'ok',
    extractor          text NOT NULL,
    extractor_version  text NOT NULL,
    cleaner_version    text NOT NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX articles_text_sha256_idx ON articles (text_sha256);
CREATE INDEX articles_published_idx ON articles (published_at DESC);
CREATE INDEX articles_source_idx ON articles (source_id, published_at DESC);

CREATE TABLE models (
    id          serial PRIMARY KEY,
    version     text NOT NULL UNIQUE,
    trained_at  timestamptz NOT NULL DEFAULT now(),
    seeds_hash  text NOT NULL,
    labels      text[] NOT NULL DEFAULT '{}',
    params      jsonb NOT NULL DEFAULT '{}'::jsonb,
    metrics     jsonb NOT NULL DEFAULT '{}'::jsonb,
    threshold   double precision NOT NULL,
    artifact    bytea,
    active      boolean NOT NULL DEFAULT false
);
-- At most one active model.
CREATE UNIQUE INDEX models_one_active_idx ON models (active) WHERE active;

CREATE TABLE classifications (
    id          bigserial PRIMARY KEY,
    article_id  bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    model_id    integer NOT NULL REFERENCES models(id),
    label       text NOT NULL,
    score       double precision NOT NULL CHECK (score >= 0 AND score <= 1),
    relevant    boolean NOT NULL,
    top_terms   text[] NOT NULL DEFAULT '{}',
    scored_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (article_id, model_id)
);
CREATE INDEX classifications_model_score_idx ON classifications (model_id, score DESC);

CREATE TABLE labels (
    id           bigserial PRIMARY KEY,
    article_id   bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    label        text NOT NULL,
    labelled_by  text NOT NULL,
    labelled_at  timestamptz NOT NULL DEFAULT now(),
    note         text,
    UNIQUE (article_id, labelled_by)
);

CREATE VIEW relevant_articles AS
SELECT a.id AS article_id, a.title, a.url, s.name AS source, a.published_at, a.language,
       c.label, c.score, c.top_terms, m.version AS model_version, a.text
FROM classifications c
JOIN models m ON m.id = c.model_id AND m.active
JOIN articles a ON a.id = c.article_id
JOIN sources s ON s.id = a.source_id
WHERE c.relevant
ORDER BY a.published_at DESC NULLS LAST, a.id DESC;
