-- 0020: the review queue at scale (issues 18, 19). 0014's view ranked every unlabelled scored
-- article on every query (a window over the whole set: ~1 s at 300k articles). The ranking is now
-- stored in `review_ranking` and kept by triggers, so the view reads its head through an index.
-- Same rule (classifier/review.py), same columns and order, same grants (CREATE OR REPLACE keeps them).
--
-- A story's ranks depend only on its own members, so a change re-ranks the stories it touches:
--   classifications  a scoring pass of the active model (statement triggers, per batch)
--   labels           a label given or withdrawn (also those written through label_events)
--   articles         an article moved to another story, its status changed, or deleted
--   models           activation or a threshold change: everything again, once, at commit
-- Every re-rank runs under one transaction-level advisory lock and reads after taking it, so two
-- writers touching one story (parallel scorers, a label during a scoring pass) cannot leave ranks
-- computed from a snapshot that missed the other's rows.

CREATE TABLE review_ranking (
    article_id bigint PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    story_key  bigint NOT NULL,            -- story id; minus the article's id when in no story
    story_rank integer NOT NULL,
    distance   double precision NOT NULL   -- abs(score - threshold) of the active model
);
CREATE INDEX review_ranking_order_idx ON review_ranking (story_rank, distance, article_id);
CREATE INDEX review_ranking_story_idx ON review_ranking (story_key);

-- Re-rank the stories `keys` (NULL: every story). The caller holds the ranking lock.
CREATE FUNCTION newsflow_review_rank(keys bigint[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF keys IS NULL OR cardinality(keys) > 20000 THEN  -- a bulk load: one pass beats many probes
        DELETE FROM review_ranking;
        INSERT INTO review_ranking (article_id, story_key, story_rank, distance)
        SELECT q.id, q.story_key,
               row_number() OVER (PARTITION BY q.story_key ORDER BY q.distance, q.id), q.distance
        FROM (SELECT a.id, coalesce(a.story_id, -a.id) AS story_key, abs(c.score - m.threshold) AS distance
              FROM classifications c
              JOIN models m ON m.id = c.model_id AND m.active
              JOIN articles a ON a.id = c.article_id
              WHERE a.status = 'ok'
                AND NOT EXISTS (SELECT 1 FROM labels l WHERE l.article_id = a.id)) q;
        RETURN;
    END IF;
    DELETE FROM review_ranking WHERE story_key = ANY (keys);
    INSERT INTO review_ranking (article_id, story_key, story_rank, distance)
    SELECT q.id, q.story_key,
           row_number() OVER (PARTITION BY q.story_key ORDER BY q.distance, q.id), q.distance
    FROM (SELECT a.id, coalesce(a.story_id, -a.id) AS story_key, abs(c.score - m.threshold) AS distance
          FROM (SELECT id FROM articles WHERE story_id = ANY (keys)
                UNION SELECT -k FROM unnest(keys) AS k WHERE k < 0) member
          JOIN articles a ON a.id = member.id
          JOIN classifications c ON c.article_id = a.id
          JOIN models m ON m.id = c.model_id AND m.active
          WHERE a.status = 'ok'
            AND coalesce(a.story_id, -a.id) = ANY (keys)
            AND NOT EXISTS (SELECT 1 FROM labels l WHERE l.article_id = a.id)) q;
END
$$;

-- Re-rank the stories of the articles `ids` (where they are now and where the ranking had them).
CREATE FUNCTION newsflow_review_touch(ids bigint[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    keys bigint[];
BEGIN
    IF ids IS NULL OR cardinality(ids) = 0 THEN
        RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(7130020);
    SELECT array_agg(DISTINCT k) INTO keys
    FROM (SELECT coalesce(story_id, -id) AS k FROM articles WHERE id = ANY (ids)
          UNION ALL SELECT story_key FROM review_ranking WHERE article_id = ANY (ids)) touched;
    IF keys IS NOT NULL THEN
        PERFORM newsflow_review_rank(keys);
    END IF;
END
$$;

CREATE FUNCTION newsflow_review_classified() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    -- Scores of a model that is not active (a candidate being evaluated) change no rank.
    PERFORM newsflow_review_touch(
        (SELECT array_agg(DISTINCT ch.article_id) FROM changed ch JOIN models m ON m.id = ch.model_id AND m.active));
    RETURN NULL;
END
$$;
CREATE TRIGGER classifications_review_insert AFTER INSERT ON classifications
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION newsflow_review_classified();
CREATE TRIGGER classifications_review_update AFTER UPDATE ON classifications
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION newsflow_review_classified();
CREATE TRIGGER classifications_review_delete AFTER DELETE ON classifications
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION newsflow_review_classified();

CREATE FUNCTION newsflow_review_labelled() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM newsflow_review_touch((SELECT array_agg(DISTINCT article_id) FROM changed));
    RETURN NULL;
END
$$;
CREATE TRIGGER labels_review_insert AFTER INSERT ON labels
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION newsflow_review_labelled();
CREATE TRIGGER labels_review_update AFTER UPDATE ON labels
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION newsflow_review_labelled();
CREATE TRIGGER labels_review_delete AFTER DELETE ON labels
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION newsflow_review_labelled();

-- A story change or a status change of one article (processing, dedup): its old and new story.
-- The check for a score comes after the lock: a scorer that has not yet re-ranked will do so after
-- this commits, reading the new story.
CREATE FUNCTION newsflow_review_article_moved() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(7130020);
    IF EXISTS (SELECT 1 FROM classifications WHERE article_id = NEW.id) THEN
        PERFORM newsflow_review_rank(ARRAY[coalesce(OLD.story_id, -OLD.id), coalesce(NEW.story_id, -NEW.id)]);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER articles_review_moved AFTER UPDATE OF story_id, status ON articles FOR EACH ROW
    WHEN (OLD.story_id IS DISTINCT FROM NEW.story_id OR OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION newsflow_review_article_moved();

-- Deleted articles leave their ranking rows by cascade; the rest of their stories move up.
CREATE FUNCTION newsflow_review_articles_deleted() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    keys bigint[];
BEGIN
    SELECT array_agg(DISTINCT coalesce(story_id, -id)) INTO keys FROM changed WHERE story_id IS NOT NULL;
    IF keys IS NOT NULL THEN
        PERFORM pg_advisory_xact_lock(7130020);
        PERFORM newsflow_review_rank(keys);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER articles_review_deleted AFTER DELETE ON articles
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION newsflow_review_articles_deleted();

-- Activation (registry.activate: one model off, another on) or a new threshold: everything again,
-- once per transaction, at commit (deferred), when the new state is complete.
CREATE FUNCTION newsflow_review_models_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF (TG_OP = 'INSERT' AND NOT NEW.active) OR (TG_OP = 'DELETE' AND NOT OLD.active)
       OR (TG_OP = 'UPDATE' AND OLD.active = NEW.active AND (NOT NEW.active OR OLD.threshold = NEW.threshold))
       OR current_setting('newsflow.review_ranked', true) = 'on' THEN
        RETURN NULL;
    END IF;
    PERFORM pg_advisory_xact_lock(7130020);
    PERFORM newsflow_review_rank(NULL);
    PERFORM set_config('newsflow.review_ranked', 'on', true);
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER models_review_changed AFTER INSERT OR UPDATE OR DELETE ON models
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION newsflow_review_models_changed();

REVOKE ALL ON FUNCTION newsflow_review_rank(bigint[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION newsflow_review_touch(bigint[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION newsflow_review_classified() FROM PUBLIC;
REVOKE ALL ON FUNCTION newsflow_review_labelled() FROM PUBLIC;
REVOKE ALL ON FUNCTION newsflow_review_article_moved() FROM PUBLIC;
REVOKE ALL ON FUNCTION newsflow_review_articles_deleted() FROM PUBLIC;
REVOKE ALL ON FUNCTION newsflow_review_models_changed() FROM PUBLIC;

-- The rows already there.
SELECT pg_advisory_xact_lock(7130020);
SELECT newsflow_review_rank(NULL);

-- 0014's view over the stored ranking: its head is an index scan of review_ranking_order_idx.
CREATE OR REPLACE VIEW review_queue AS
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
       m.version AS model_version,
       r.story_rank
FROM review_ranking r
JOIN articles a ON a.id = r.article_id
JOIN models m ON m.active
JOIN classifications c ON c.article_id = r.article_id AND c.model_id = m.id
JOIN sources s ON s.id = a.source_id
ORDER BY r.story_rank, r.distance, r.article_id;
