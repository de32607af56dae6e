-- 0013 (2026-12-02): the analyst workbench (newsflow/web).
--   web_users         who may log in to the workbench (argon2 password hashes); private to the
--                     schema owner: neither analysts nor the pipeline can read it.
--   label_events      every labelling action taken in the workbench, append-only: a label given,
--                     or one withdrawn (label NULL, the review page's undo). A trigger applies each
--                     event to `labels`, so `labels` stays the current judgement everything reads.
--   newsflow_labeller NOLOGIN group that may only INSERT into label_events (and use its sequence):
--                     the workbench writes labels through it and can change nothing else.
-- Role creation tolerates roles that exist already (the roles belong to the cluster), as in 0008.

CREATE TABLE web_users (
    id             serial PRIMARY KEY,
    name           text NOT NULL UNIQUE CHECK (name ~ '^[A-Za-z0-9_.@-]{1,64}$'),
    password_hash  text NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    last_login_at  timestamptz
);

CREATE TABLE label_events (
    id           bigserial PRIMARY KEY,
    article_id   bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    label        text,
    labelled_by  text NOT NULL,
    occurred_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX label_events_article_idx ON label_events (article_id, occurred_at DESC);
CREATE INDEX label_events_by_idx ON label_events (labelled_by, occurred_at DESC);

-- Runs as the owner (SECURITY DEFINER), so the labeller needs no right on `labels` itself. The label
-- must be `none` or one of the active model's labels (any label while no model is active): the rule
-- of classifier.labels.record_label.
CREATE FUNCTION newsflow_apply_label_event() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    known text[];
BEGIN
    IF NEW.label IS NULL THEN
        DELETE FROM labels WHERE article_id = NEW.article_id AND labelled_by = NEW.labelled_by;
        RETURN NEW;
    END IF;
    SELECT labels INTO known FROM models WHERE active;
    IF known IS NOT NULL AND NEW.label <> 'none' AND NOT (NEW.label = ANY (known)) THEN
        RAISE EXCEPTION 'label % is neither one of the active model''s labels nor none', NEW.label
            USING ERRCODE = 'check_violation';
    END IF;
    INSERT INTO labels (article_id, label, labelled_by, labelled_at)
    VALUES (NEW.article_id, NEW.label, NEW.labelled_by, NEW.occurred_at)
    ON CONFLICT (article_id, labelled_by)
        DO UPDATE SET label = EXCLUDED.label, labelled_at = EXCLUDED.labelled_at, note = NULL;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION newsflow_apply_label_event() FROM PUBLIC;
CREATE TRIGGER label_events_apply AFTER INSERT ON label_events FOR EACH ROW
    EXECUTE FUNCTION newsflow_apply_label_event();

DO $roles$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'newsflow_labeller') THEN
        BEGIN
            CREATE ROLE newsflow_labeller NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION
                NOBYPASSRLS;
        EXCEPTION
            WHEN duplicate_object OR unique_violation THEN
                NULL;  -- another session created it between our check and our CREATE
            WHEN insufficient_privilege THEN
                RAISE WARNING 'newsflow: cannot create role newsflow_labeller (needs CREATEROLE)';
        END;
    END IF;
END
$roles$;

DO $grants$
DECLARE
    db text := current_database();
BEGIN
    -- 0008's default privileges gave both groups the new tables: password hashes stay private.
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'newsflow_analyst') THEN
        REVOKE ALL ON web_users FROM newsflow_analyst;
        -- The article page's lineage shows the raw page's hash (a hash, not the body).
        GRANT SELECT (body_sha256, encoding, found_via) ON raw_pages TO newsflow_analyst;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'newsflow_pipeline') THEN
        REVOKE ALL ON web_users FROM newsflow_pipeline;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'newsflow_labeller') THEN
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO newsflow_labeller', db);
        GRANT USAGE ON SCHEMA public TO newsflow_labeller;
        GRANT INSERT (article_id, label, labelled_by) ON label_events TO newsflow_labeller;
        GRANT USAGE ON SEQUENCE label_events_id_seq TO newsflow_labeller;
    END IF;
    -- The workbench logs in as the owner and acts as these roles (SET ROLE): a superuser may anyway;
    -- another owner needs membership, which it can grant itself when it created the roles.
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND rolsuper)
       AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'newsflow_labeller') THEN
        BEGIN
            EXECUTE format('GRANT newsflow_analyst, newsflow_labeller TO %I', current_user);
        EXCEPTION WHEN insufficient_privilege OR invalid_grant_operation THEN
            RAISE WARNING 'newsflow: % cannot join newsflow_analyst and newsflow_labeller; give the '
                          'workbench NEWSFLOW_WEB_READ_URL and NEWSFLOW_WEB_LABEL_URL', current_user;
        END;
    END IF;
END
$grants$;
