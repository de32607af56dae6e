-- 0021 (2026-12-01): the workbench's search and sources pages at a million articles (issue 19).
-- Their figures (articles and relevant per day and source) were counted over every matching article
-- on every request: seconds at 1M. Two tables, kept by triggers, make them a read of a few
-- thousand rows:
--   search_facts       one narrow row per article: what search filters on (the day it was seen,
--                      source, language, the active model's topic, labelled, relevant as
--                      relevant_articles decides it), its creation day and the model's own verdict
--                      (the sources page), and a sample bucket. Filter-only pages walk its indexes
--                      instead of joining articles, classifications and labels row by row.
--   search_day_counts  the rollup: how many articles per combination of those values and day.
--   search_day_deltas  changes not yet folded into the rollup. Triggers only ever append here, so
--                      parallel writers never wait on a shared counter row; readers add the two
--                      (exact at every moment); core.store.search.fold_search_counts moves deltas
--                      into the rollup after each indexing run.
-- A change re-derives the facts of the articles it touches:
--   articles         inserted, deleted, or a change of source, dates, language or status
--   classifications  a row of the active model written, changed or removed (statement triggers)
--   labels           a label given, changed or withdrawn (also through label_events)
--   models           a different model active: every fact again, once, at commit
-- The facts of a touched article are locked (FOR UPDATE) before its new values are read, so two
-- writers touching one article (a label during a scoring pass) take turns and the second reads the
-- first's committed rows.

CREATE TABLE search_facts (
    article_id      bigint PRIMARY KEY,
    seen            timestamptz NOT NULL,  -- coalesce(published_at, created_at), search's date
    day             date NOT NULL,         -- its UTC day
    created_day     date NOT NULL,         -- UTC day of created_at (the sources page)
    source_id       integer NOT NULL,
    language        text,
    topic           text,                  -- the active model's label; NULL when not scored
    labelled        boolean NOT NULL,
    relevant        boolean NOT NULL,      -- as relevant_articles: the latest label, else the model
    model_relevant  boolean,               -- the active model's verdict on a usable article, else NULL
    bucket          smallint NOT NULL      -- article_id % 1024: a fixed pseudo-random sample
);
CREATE INDEX search_facts_seen_idx ON search_facts (seen DESC, article_id DESC);
CREATE INDEX search_facts_source_seen_idx ON search_facts (source_id, seen DESC, article_id DESC);
-- A broad query's sample: its buckets' rows of the date range, filtered from the index alone.
CREATE INDEX search_facts_bucket_idx ON search_facts (bucket, seen)
    INCLUDE (article_id, day, source_id, language, topic, labelled, relevant);

CREATE TABLE search_day_counts (
    day             date NOT NULL,
    created_day     date NOT NULL,
    source_id       integer NOT NULL,
    language        text,
    topic           text,
    labelled        boolean NOT NULL,
    relevant        boolean NOT NULL,
    model_relevant  boolean,
    n               bigint NOT NULL,
    UNIQUE NULLS NOT DISTINCT (day, created_day, source_id, language, topic, labelled, relevant, model_relevant)
);
CREATE INDEX search_day_counts_created_idx ON search_day_counts (created_day);

CREATE TABLE search_day_deltas (
    day             date NOT NULL,
    created_day     date NOT NULL,
    source_id       integer NOT NULL,
    language        text,
    topic           text,
    labelled        boolean NOT NULL,
    relevant        boolean NOT NULL,
    model_relevant  boolean,
    n               bigint NOT NULL
);

-- The facts of the articles `ids` as they are now (deleted articles have none; NULL: every article).
-- Dynamic SQL: planned for the call's own ids (a probe per id, or one pass over every article).
CREATE FUNCTION newsflow_search_facts_of(ids bigint[]) RETURNS SETOF search_facts
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    RETURN QUERY EXECUTE
        'SELECT a.id, coalesce(a.published_at, a.created_at),
                (timezone(''UTC'', coalesce(a.published_at, a.created_at)))::date,
                (timezone(''UTC'', a.created_at))::date, a.source_id, a.language, c.label,
                l.label IS NOT NULL,
                a.status = ''ok'' AND coalesce(l.label <> ''none'', c.relevant, false),
                CASE WHEN a.status = ''ok'' THEN c.relevant END,
                (a.id % 1024)::smallint
         FROM articles a
         LEFT JOIN (classifications c JOIN models m ON m.id = c.model_id AND m.active) ON c.article_id = a.id
         LEFT JOIN LATERAL (SELECT x.label FROM labels x WHERE x.article_id = a.id
                            ORDER BY x.labelled_at DESC, x.id DESC LIMIT 1) l ON true'
        || CASE WHEN ids IS NULL THEN '' ELSE ' WHERE a.id = ANY ($1)' END
        USING ids;
END
$$;

-- Re-derive the facts of `ids`; the rollup's change goes to search_day_deltas.
CREATE FUNCTION newsflow_search_touch(ids bigint[]) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF ids IS NULL OR cardinality(ids) = 0 THEN
        RETURN;
    END IF;
    PERFORM 1 FROM search_facts WHERE article_id = ANY (ids) ORDER BY article_id FOR UPDATE;
    -- One statement: `old` and `fresh` read the same snapshot, taken after the lock (`kept` and
    -- `gone` run to completion though nothing reads them).
    WITH fresh AS (SELECT * FROM newsflow_search_facts_of(ids)),
    old AS (SELECT * FROM search_facts WHERE article_id = ANY (ids)),
    kept AS (INSERT INTO search_facts SELECT * FROM fresh ON CONFLICT (article_id) DO UPDATE SET
                 seen = EXCLUDED.seen, day = EXCLUDED.day, created_day = EXCLUDED.created_day,
                 source_id = EXCLUDED.source_id, language = EXCLUDED.language, topic = EXCLUDED.topic,
                 labelled = EXCLUDED.labelled, relevant = EXCLUDED.relevant,
                 model_relevant = EXCLUDED.model_relevant
             RETURNING 1),
    gone AS (DELETE FROM search_facts f WHERE f.article_id = ANY (ids)
             AND NOT EXISTS (SELECT 1 FROM fresh WHERE fresh.article_id = f.article_id) RETURNING 1)
    INSERT INTO search_day_deltas (day, created_day, source_id, language, topic, labelled, relevant,
                                   model_relevant, n)
    SELECT day, created_day, source_id, language, topic, labelled, relevant, model_relevant, sum(n)
    FROM (SELECT day, created_day, source_id, language, topic, labelled, relevant, model_relevant, 1 AS n
          FROM fresh
          UNION ALL
          SELECT day, created_day, source_id, language, topic, labelled, relevant, model_relevant, -1
          FROM old) d
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
    HAVING sum(n) <> 0;
END
$$;

-- Every fact again (a bulk load, another model active). Writers of facts wait meanwhile.
CREATE FUNCTION newsflow_search_rebuild() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    LOCK TABLE search_facts, search_day_counts, search_day_deltas IN EXCLUSIVE MODE;
    DELETE FROM search_facts;
    DELETE FROM search_day_counts;
    DELETE FROM search_day_deltas;
    INSERT INTO search_facts SELECT * FROM newsflow_search_facts_of(NULL);
    INSERT INTO search_day_counts (day, created_day, source_id, language, topic, labelled, relevant,
                                   model_relevant, n)
    SELECT day, created_day, source_id, language, topic, labelled, relevant, model_relevant, count(*)
    FROM search_facts GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
END
$$;

-- Fold the deltas into the rollup (one statement: a reader sees either both tables before or after).
-- One fold at a time; another caller meanwhile returns at once (the next run folds what it left).
CREATE FUNCTION newsflow_search_fold() RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    moved bigint;
BEGIN
    IF NOT pg_try_advisory_xact_lock(7130021) THEN
        RETURN 0;
    END IF;
    WITH taken AS (DELETE FROM search_day_deltas RETURNING *),
    summed AS (SELECT day, created_day, source_id, language, topic, labelled, relevant, model_relevant,
                      sum(n) AS n, count(*) AS rows FROM taken GROUP BY 1, 2, 3, 4, 5, 6, 7, 8),
    upserted AS (INSERT INTO search_day_counts AS t (day, created_day, source_id, language, topic, labelled,
                                                     relevant, model_relevant, n)
                 SELECT day, created_day, source_id, language, topic, labelled, relevant, model_relevant, n
                 FROM summed ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
                 ON CONFLICT (day, created_day, source_id, language, topic, labelled, relevant, model_relevant)
                 DO UPDATE SET n = t.n + EXCLUDED.n RETURNING 1)
    SELECT coalesce(sum(rows), 0) INTO moved FROM summed;
    DELETE FROM search_day_counts WHERE n = 0;
    RETURN moved;
END
$$;

CREATE FUNCTION newsflow_search_articles_inserted() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM newsflow_search_touch((SELECT array_agg(id) FROM changed));
    RETURN NULL;
END
$$;
CREATE TRIGGER articles_search_insert AFTER INSERT ON articles
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION newsflow_search_articles_inserted();
CREATE TRIGGER articles_search_delete AFTER DELETE ON articles
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION newsflow_search_articles_inserted();

CREATE FUNCTION newsflow_search_article_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM newsflow_search_touch(ARRAY[NEW.id]);
    RETURN NULL;
END
$$;
CREATE TRIGGER articles_search_update AFTER UPDATE OF source_id, published_at, created_at, language, status
    ON articles FOR EACH ROW
    WHEN (OLD.source_id IS DISTINCT FROM NEW.source_id OR OLD.published_at IS DISTINCT FROM NEW.published_at
          OR OLD.created_at IS DISTINCT FROM NEW.created_at OR OLD.language IS DISTINCT FROM NEW.language
          OR OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION newsflow_search_article_changed();

CREATE FUNCTION newsflow_search_classified() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    -- Scores of a model that is not active (a candidate being evaluated) change no fact.
    PERFORM newsflow_search_touch(
        (SELECT array_agg(DISTINCT ch.article_id) FROM changed ch JOIN models m ON m.id = ch.model_id AND m.active));
    RETURN NULL;
END
$$;
CREATE TRIGGER classifications_search_insert AFTER INSERT ON classifications
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION newsflow_search_classified();
CREATE TRIGGER classifications_search_update AFTER UPDATE ON classifications
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION newsflow_search_classified();
CREATE TRIGGER classifications_search_delete AFTER DELETE ON classifications
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION newsflow_search_classified();

CREATE FUNCTION newsflow_search_labelled() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM newsflow_search_touch((SELECT array_agg(DISTINCT article_id) FROM changed));
    RETURN NULL;
END
$$;
CREATE TRIGGER labels_search_insert AFTER INSERT ON labels
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION newsflow_search_labelled();
CREATE TRIGGER labels_search_update AFTER UPDATE ON labels
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION newsflow_search_labelled();
CREATE TRIGGER labels_search_delete AFTER DELETE ON labels
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION newsflow_search_labelled();

-- Another model active: every fact again, once per transaction, at commit (registry.activate turns
-- one model off and another on; the state is complete only then).
CREATE FUNCTION newsflow_search_models_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF (TG_OP = 'INSERT' AND NOT NEW.active) OR (TG_OP = 'DELETE' AND NOT OLD.active)
       OR (TG_OP = 'UPDATE' AND OLD.active = NEW.active)
       OR current_setting('newsflow.search_rebuilt', true) = 'on' THEN
        RETURN NULL;
    END IF;
    PERFORM newsflow_search_rebuild();
    PERFORM set_config('newsflow.search_rebuilt', 'on', true);
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER models_search_changed AFTER INSERT OR UPDATE OR DELETE ON models
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION newsflow_search_models_changed();

REVOKE ALL ON FUNCTION newsflow_search_facts_of(bigint[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION newsflow_search_touch(bigint[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION newsflow_search_rebuild() FROM PUBLIC;
REVOKE ALL ON FUNCTION newsflow_search_fold() FROM PUBLIC;
REVOKE ALL ON FUNCTION newsflow_search_articles_inserted() FROM PUBLIC;
REVOKE ALL ON FUNCTION newsflow_search_article_changed() FROM PUBLIC;
REVOKE ALL ON FUNCTION newsflow_search_classified() FROM PUBLIC;
REVOKE ALL ON FUNCTION newsflow_search_labelled() FROM PUBLIC;
REVOKE ALL ON FUNCTION newsflow_search_models_changed() FROM PUBLIC;
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'newsflow_pipeline') THEN
        GRANT EXECUTE ON FUNCTION newsflow_search_fold() TO newsflow_pipeline;
    END IF;
END
$$;

-- The rows already there.
SELECT newsflow_search_rebuild();
