-- 0022 (2026-12-02): story bands checked once per statement, not once per row.
-- article_bands.article_id referenced articles(id) ON DELETE CASCADE. PostgreSQL checks such a key
-- with one query per inserted row, and every article stores 64 band rows (cleaner.dedup.BANDS): on
-- the benchmark's pages the check was ~40% of storing a batch's bands (EXPLAIN ANALYZE: 175-183 ms
-- of the foreign key's trigger for 11,520 rows against 3-8 ms for the statement check below). The
-- same rules, kept by statement triggers that read the whole statement's rows at once:
--   bands inserted or changed  every article they name must exist, else foreign_key_violation; the
--                              articles are locked FOR KEY SHARE until commit, as the foreign key
--                              locked them, so a concurrent delete of one waits (and a delete that
--                              committed first makes the insert fail)
--   articles deleted           their bands go too (ON DELETE CASCADE); TRUNCATE articles empties
--                              article_bands
--   an article's id changed    refused while it has bands (the key's ON UPDATE NO ACTION)
-- Tables and rows are unchanged; writers change nothing.

ALTER TABLE article_bands DROP CONSTRAINT article_bands_article_id_fkey;

CREATE FUNCTION newsflow_bands_articles_exist() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    named bigint[];
    present integer;
BEGIN
    SELECT array_agg(DISTINCT article_id ORDER BY article_id) INTO named FROM added;
    IF named IS NULL THEN
        RETURN NULL;
    END IF;
    -- Locked in id order, so two writers never wait on each other crosswise.
    SELECT count(*) INTO present
    FROM (SELECT 1 FROM articles WHERE id = ANY (named) ORDER BY id FOR KEY SHARE) AS locked;
    IF present < cardinality(named) THEN
        RAISE foreign_key_violation USING
            MESSAGE = 'insert or update on table "article_bands" names an article not in "articles"',
            DETAIL = format('article_id %s', (SELECT min(n) FROM unnest(named) AS n
                                              WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = n)));
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER article_bands_articles_insert AFTER INSERT ON article_bands
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION newsflow_bands_articles_exist();
CREATE TRIGGER article_bands_articles_update AFTER UPDATE ON article_bands
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION newsflow_bands_articles_exist();

CREATE FUNCTION newsflow_bands_of_deleted_articles() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    DELETE FROM article_bands WHERE article_id IN (SELECT id FROM gone);
    RETURN NULL;
END
$$;
CREATE TRIGGER articles_bands_delete AFTER DELETE ON articles
    REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION newsflow_bands_of_deleted_articles();

CREATE FUNCTION newsflow_bands_of_truncated_articles() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    DELETE FROM article_bands;
    RETURN NULL;
END
$$;
CREATE TRIGGER articles_bands_truncate AFTER TRUNCATE ON articles
    FOR EACH STATEMENT EXECUTE FUNCTION newsflow_bands_of_truncated_articles();

CREATE FUNCTION newsflow_bands_article_renumbered() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM article_bands WHERE article_id = OLD.id) THEN
        RAISE foreign_key_violation USING
            MESSAGE = 'update on table "articles" changes the id of an article with rows in "article_bands"',
            DETAIL = format('article id %s', OLD.id);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER articles_bands_renumbered AFTER UPDATE OF id ON articles FOR EACH ROW
    WHEN (OLD.id IS DISTINCT FROM NEW.id) EXECUTE FUNCTION newsflow_bands_article_renumbered();

REVOKE ALL ON FUNCTION newsflow_bands_articles_exist() FROM PUBLIC;
REVOKE ALL ON FUNCTION newsflow_bands_of_deleted_articles() FROM PUBLIC;
REVOKE ALL ON FUNCTION newsflow_bands_of_truncated_articles() FROM PUBLIC;
REVOKE ALL ON FUNCTION newsflow_bands_article_renumbered() FROM PUBLIC;
