-- 0011 (2026-11-23): full-text indexing off the article write path.
-- 0006 made articles.search_vector a generated column: to_tsvector ran inside every article insert
-- and update, about 80% of the load time (bench/bench_load.py). It becomes a plain column that
-- newsflow.store.search fills in batches after each processing run (NULL = not indexed yet), and a
-- title or text that changes, by any writer, queues the article again (the trigger below). The
-- formula is one function, so the backfill below and the batches agree.
CREATE FUNCTION newsflow_search_vector(title text, body text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
        || setweight(to_tsvector('english'::regconfig, left(coalesce(body, ''), 200000)), 'B')
$$;

ALTER TABLE articles DROP COLUMN search_vector;  -- and its GIN index
ALTER TABLE articles ADD COLUMN search_vector tsvector;
UPDATE articles SET search_vector = newsflow_search_vector(title, text);
CREATE INDEX articles_search_idx ON articles USING gin (search_vector);
-- The indexing queue: small, and empty most of the time.
CREATE INDEX articles_search_pending_idx ON articles (id) WHERE search_vector IS NULL;

-- Any change of the title or text clears the vector: the article is queued, never searched stale.
CREATE FUNCTION newsflow_queue_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_vector := NULL;
    RETURN NEW;
END
$$;
CREATE TRIGGER articles_queue_search BEFORE UPDATE OF title, text ON articles FOR EACH ROW
    WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.text IS DISTINCT FROM NEW.text)
    EXECUTE FUNCTION newsflow_queue_search();
