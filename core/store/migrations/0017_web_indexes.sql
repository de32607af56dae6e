-- 0017 (2026-12-03): indexes for the workbench's pages (issue 19), so that none reads every article.
--   articles (source_id, created_at)   the sources page: each source's newest article is one index
--                                      probe, and its per-day counts read only the last weeks.
--   labels (article_id, labelled_at, id) INCLUDE (label)
--                                      an article's latest label (what decides "relevant" since 0012:
--                                      search's filter and counts, relevant_articles) without a sort
--                                      or a visit to the table.
--   labels (labelled_by)               the review page's "you labelled N in all".
--   labels (labelled_at)               the review queue's size between snapshots (labels given since).
CREATE INDEX articles_source_created_idx ON articles (source_id, created_at DESC);
CREATE INDEX labels_latest_idx ON labels (article_id, labelled_at DESC, id DESC) INCLUDE (label);
CREATE INDEX labels_by_idx ON labels (labelled_by);
CREATE INDEX labels_at_idx ON labels (labelled_at);
