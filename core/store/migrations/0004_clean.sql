-- 0004 (2026-11-23): what the clean stage needs beyond the skeleton.

-- Outcome of processing each raw page, so an analyst can query why a page gave no article:
--   article    an article was written or updated from this page (raw_pages.article_id)
--   duplicate  same text as an existing article under another URL; article_id points to it
--   skipped    not turned into an article: non-200 status, non-HTML body, empty body (reason in
--              process_error)
--   error      extraction failed (message in process_error); the rest of the batch went on
ALTER TABLE raw_pages ADD COLUMN process_status text
    CHECK (process_status IN ('article', 'duplicate', 'skipped', 'error'));
ALTER TABLE raw_pages ADD COLUMN article_id bigint REFERENCES articles(id) ON DELETE SET NULL;
CREATE INDEX raw_pages_article_idx ON raw_pages (article_id);

-- articles.status values (kept, never silently dropped):
--   ok              readable text in a language from NEWSFLOW_LANGUAGES, at least NEWSFLOW_MIN_WORDS words
--   too_short       fewer than NEWSFLOW_MIN_WORDS words (teasers, paywalls, captions)
--   not_text        no extractable prose (empty, or mostly digits and symbols)
--   other_language  a language the analysts did not ask for
ALTER TABLE articles ADD CONSTRAINT articles_status_check
    CHECK (status IN ('ok', 'too_short', 'not_text', 'other_language'));
CREATE INDEX articles_status_idx ON articles (status);
CREATE INDEX articles_raw_page_idx ON articles (raw_page_id);

-- LSH bands of each article's MinHash (word 5-gram shingles): articles sharing a band are
-- near-duplicate candidates, verified on their text before they join one story.
CREATE TABLE article_bands (
    article_id  bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    band        smallint NOT NULL,
    hash        bigint NOT NULL,
    PRIMARY KEY (band, hash, article_id)
);
CREATE INDEX article_bands_article_idx ON article_bands (article_id);
