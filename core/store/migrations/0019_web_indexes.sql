-- 0019 (2026-12-03): indexes for the workbench's pages (issue 19), so that none reads every article.
-- First committed as 0017_web_indexes beside issue 18's 0017: IF NOT EXISTS lets a database that
-- applied it under that name take this one.
--   articles (source_id, created_at)   the sources page: each source's newest article is one index
--                                      probe, and its per-day counts read only the last weeks.
--   labels (article_id, labelled_at, id) INCLUDE (label)
--                                      an article's latest label (what decides "relevant" since 0012:
--                                      search's filter and counts, relevant_articles) without a sort
--                                      or a visit to the table.
--   labels (labelled_by)               the review page's "you labelled N in all".
--   labels (labelled_at)               the review queue's size between snapshots (labels given since).
--   articles (created_at) INCLUDE (id, source_id, status), classifications (article_id, model_id)
--   INCLUDE (relevant)                 the sources page's articles and relevant share per day of the
--                                      last weeks from the indexes alone (~90 ms at a million articles).
CREATE INDEX IF NOT EXISTS articles_source_created_idx ON articles (source_id, created_at DESC);
CREATE INDEX IF NOT EXISTS labels_latest_idx ON labels (article_id, labelled_at DESC, id DESC) INCLUDE (label);
CREATE INDEX IF NOT EXISTS labels_by_idx ON labels (labelled_by);
CREATE INDEX IF NOT EXISTS labels_at_idx ON labels (labelled_at);
CREATE INDEX IF NOT EXISTS articles_created_cover_idx ON articles (created_at) INCLUDE (id, source_id, status);
CREATE INDEX IF NOT EXISTS classifications_article_model_cover_idx
    ON classifications (article_id, model_id) INCLUDE (relevant);
