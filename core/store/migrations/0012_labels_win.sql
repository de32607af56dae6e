-- Labels win for the article they name (issue 13): an analyst's latest judgement (`labels`) decides
-- whether an article is relevant, whatever the active model says. Labelled `none`: never in
-- relevant_articles; labelled with a topic: always there (even when the model disagrees or has not
-- scored it). The model's label and score stay beside the analyst's label.

DROP VIEW IF EXISTS relevant_articles;
DROP VIEW IF EXISTS story_overview;

-- The latest judgement per article (several analysts may have judged it): the one the pipeline's
-- retraining also uses (classifier.retrain.labelled_articles).
CREATE VIEW relevant_articles AS
WITH judged AS (
    SELECT DISTINCT ON (article_id) article_id, label
    FROM labels
    ORDER BY article_id, labelled_at DESC, id DESC
)
SELECT a.id AS article_id,
       a.title,
       a.url,
       s.name AS source,
       a.source_id,
       a.published_at,
       (timezone('UTC', coalesce(a.published_at, a.created_at)))::date AS article_date,
       a.language,
       coalesce(j.label, c.label) AS label,
       c.score,
       c.top_terms,
       a.story_id,
       st.title AS story_title,
       m.id AS model_id,
       m.version AS model_version,
       c.scored_at,
       a.word_count,
       a.text,
       j.label AS analyst_label,
       c.label AS model_label,
       c.relevant AS model_relevant
FROM articles a
JOIN sources s ON s.id = a.source_id
LEFT JOIN judged j ON j.article_id = a.id
LEFT JOIN (classifications c JOIN models m ON m.id = c.model_id AND m.active) ON c.article_id = a.id
LEFT JOIN stories st ON st.id = a.story_id
WHERE a.status = 'ok'
  AND CASE WHEN j.label IS NULL THEN coalesce(c.relevant, false) ELSE j.label <> 'none' END
ORDER BY coalesce(a.published_at, a.created_at) DESC, a.id DESC;

-- As in 0006, with `relevant` and its count following the same rule (a label decides for its article).
CREATE VIEW story_overview AS
WITH judged AS (
    SELECT DISTINCT ON (article_id) article_id, label
    FROM labels
    ORDER BY article_id, labelled_at DESC, id DESC
), verdict AS (
    SELECT a.id AS article_id,
           a.story_id,
           a.source_id,
           a.published_at,
           c.score,
           CASE WHEN a.status <> 'ok' THEN NULL
                WHEN j.label IS NOT NULL THEN j.label <> 'none'
                ELSE c.relevant END AS relevant
    FROM articles a
    LEFT JOIN judged j ON j.article_id = a.id
    LEFT JOIN (classifications c JOIN models m ON m.id = c.model_id AND m.active)
           ON c.article_id = a.id AND a.status = 'ok'
)
SELECT st.id AS story_id,
       st.title,
       st.first_seen_at,
       st.last_seen_at,
       count(v.article_id)::integer AS article_count,
       count(DISTINCT v.source_id)::integer AS outlet_count,
       coalesce(array_agg(DISTINCT s.name) FILTER (WHERE s.name IS NOT NULL), '{}') AS outlets,
       min(v.published_at) AS first_published_at,
       max(v.published_at) AS last_published_at,
       coalesce(bool_or(v.relevant), false) AS relevant,
       (count(*) FILTER (WHERE v.relevant))::integer AS relevant_article_count,
       max(v.score) AS max_score
FROM stories st
LEFT JOIN verdict v ON v.story_id = st.id
LEFT JOIN sources s ON s.id = v.source_id
GROUP BY st.id
ORDER BY st.last_seen_at DESC, st.id DESC;

-- The grants of 0008_roles.sql for the two views (default privileges cover them too when the same
-- owner runs this; explicit grants hold whoever runs it).
DO $grants$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'newsflow_analyst') THEN
        GRANT SELECT ON relevant_articles, story_overview TO newsflow_analyst;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'newsflow_pipeline') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON relevant_articles, story_overview TO newsflow_pipeline;
    END IF;
END
$grants$;
