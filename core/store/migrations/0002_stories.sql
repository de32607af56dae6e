-- 0002 (2026-11-23): story clusters. One story groups the copies and near-copies of one article
-- across outlets and runs (syndicated Xinhua/TASS pieces); its id is stable once given.

CREATE TABLE stories (
    id                bigserial PRIMARY KEY,
    title             text,
    first_seen_at     timestamptz NOT NULL DEFAULT now(),
    last_seen_at      timestamptz NOT NULL DEFAULT now(),
    article_count     integer NOT NULL DEFAULT 0
);

ALTER TABLE articles ADD COLUMN story_id bigint REFERENCES stories(id);
CREATE INDEX articles_story_idx ON articles (story_id);
