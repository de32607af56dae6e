-- 0022 (2026-12-04): labels for a topic just added as a seed folder, from the workbench too.
--   seed_topics  the seed folders' topics a label may name before a model knows them. A new folder
--                in seeds/ is a topic the next retrain can learn, and that retrain judges it by its
--                labels; `newsflow label` accepted such a label (it reads the folder), but the
--                workbench's trigger (0013) refused every label but the active model's. The
--                workbench (with the owner's URL, as for logins and retraining) records a folder's
--                topic here when an analyst first labels with it; the labeller role still only
--                inserts label events, so it cannot name a topic no folder holds.
-- Readable by analysts and writable by the pipeline through 0018's default privileges.

CREATE TABLE seed_topics (
    label      text PRIMARY KEY CHECK (length(label) BETWEEN 1 AND 200 AND label <> 'none'),
    added_at   timestamptz NOT NULL DEFAULT now()
);

CREATE OR REPLACE FUNCTION newsflow_apply_label_event() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    known text[];
BEGIN
    IF NEW.label IS NULL THEN
        DELETE FROM labels WHERE article_id = NEW.article_id AND labelled_by = NEW.labelled_by;
        RETURN NEW;
    END IF;
    SELECT labels INTO known FROM models WHERE active;
    IF known IS NOT NULL AND NEW.label <> 'none' AND NOT (NEW.label = ANY (known))
       AND NOT EXISTS (SELECT 1 FROM seed_topics WHERE label = NEW.label) THEN
        RAISE EXCEPTION 'label % is neither one of the active model''s labels, a seed folder''s topic nor none',
            NEW.label USING ERRCODE = 'check_violation';
    END IF;
    INSERT INTO labels (article_id, label, labelled_by, labelled_at)
    VALUES (NEW.article_id, NEW.label, NEW.labelled_by, NEW.occurred_at)
    ON CONFLICT (article_id, labelled_by)
        DO UPDATE SET label = EXCLUDED.label, labelled_at = EXCLUDED.labelled_at, note = NULL;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION newsflow_apply_label_event() FROM PUBLIC;
