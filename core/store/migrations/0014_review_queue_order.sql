-- The review queue orders by what helps the model most (issue 13; classifier/review.py is the same
-- rule for `newsflow review`): uncertainty first (score nearest the threshold), and diversity across
-- stories: each story's least certain article first, then each story's second, and so on.

DROP VIEW IF EXISTS review_queue;

CREATE VIEW review_queue AS
WITH queued AS (
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
)
SELECT q.*,
       (row_number() OVER (PARTITION BY q.story_id, CASE WHEN q.story_id IS NULL THEN q.article_id END
                           ORDER BY q.distance_to_threshold, q.article_id))::integer AS story_rank
FROM queued q
ORDER BY story_rank, q.distance_to_threshold, q.article_id;

-- The grants of 0008_roles.sql for the view.
DO $grants$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'newsflow_analyst') THEN
        GRANT SELECT ON review_queue TO newsflow_analyst;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'newsflow_pipeline') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON review_queue TO newsflow_pipeline;
    END IF;
END
$grants$;
