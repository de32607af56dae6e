"""Score stored articles into ``classifications`` (idempotent upserts, batched)."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable

from psycopg2.extras import execute_values

from classifier.corpus import stored_article_text
from classifier.model import TopicModel
from core.parallel import run_forked
from core.store.db import connect

log = logging.getLogger(__name__)

UPSERT = (
    "INSERT INTO classifications (article_id, model_id, label, score, relevant, top_terms) VALUES %s "
    "ON CONFLICT (article_id, model_id) DO UPDATE SET label = EXCLUDED.label, score = EXCLUDED.score, "
    "relevant = EXCLUDED.relevant, top_terms = EXCLUDED.top_terms, scored_at = now()"
)


# The last model read, keyed by its artifact's SHA-256: a run that scores with the same model again
# (each processing pass does) skips reading and unpacking it (~50 ms).
_loaded: tuple[str, TopicModel] | None = None


def _resolve(cur, model_id: int | None) -> tuple[int, TopicModel] | None:
    """``(id, model)`` of ``model_id`` (default: the active model; None when none is active), as
    ``classifier.registry.load_model`` reads it, on the caller's connection."""
    global _loaded
    if model_id is None:
        cur.execute("SELECT id FROM models WHERE active")
        row = cur.fetchone()
        if row is None:
            return None
        model_id = int(row[0])
    cur.execute("SELECT encode(sha256(artifact), 'hex') FROM models WHERE id = %s", (model_id,))
    row = cur.fetchone()
    if row is None or row[0] is None:
        raise LookupError(f"model {model_id} has no stored artifact")
    loaded = _loaded  # read once: another thread may replace it meanwhile
    if loaded is None or loaded[0] != row[0]:
        cur.execute("SELECT artifact FROM models WHERE id = %s AND artifact IS NOT NULL", (model_id,))
        found = cur.fetchone()
        if found is None:
            raise LookupError(f"model {model_id} has no stored artifact")
        artifact = bytes(found[0])
        # Keyed by the bytes read (not by the first statement's answer): the key is that model's.
        loaded = _loaded = (hashlib.sha256(artifact).hexdigest(), TopicModel.from_bytes(artifact))
    return model_id, loaded[1]


def score_pending(database_url: str, *, model_id: int | None = None, batch_size: int = 2000,
                  rescore: bool = False, progress: Callable[[int], object] | None = None,
                  workers: int = 1) -> int:
    """Score the articles with no classification by the model (default: the active one).

    Returns the number of articles scored; 0 when there is no active model. ``rescore=True`` scores
    every article again (upserts: the same rows, fresh scores). ``progress`` is called with the
    size of each committed batch (the CLI passes a progress bar's ``update``). ``workers`` > 1
    scores in that many forked processes, each the articles whose id is its number modulo
    ``workers`` (scores do not depend on the split).
    """
    count = max(1, int(workers))
    conn = connect(database_url)  # one connection for the model and, in this process, every batch
    try:
        with conn, conn.cursor() as cur:
            resolved = _resolve(cur, model_id)
        if resolved is None:
            log.warning("no active model: nothing scored (train one with `newsflow train --activate`)")
            return 0
        model_id, model = resolved
        if count == 1:
            scored = _score_share(database_url, model_id, model, batch_size, rescore, (0, 1), progress, conn)
    finally:
        conn.close()
    if count > 1:
        shares = [(database_url, model_id, model, batch_size, rescore, (k, count)) for k in range(count)]
        scored = sum(run_forked(_score_share, shares, progress))
    log.info("scored %d article(s) with model %d", scored, model_id)
    return scored


def _score_share(database_url: str, model_id: int, model: TopicModel, batch_size: int, rescore: bool,
                 share: tuple[int, int], progress: Callable[[int], object] | None, conn=None) -> int:
    """Score the pending articles with ``id % share[1] == share[0]``, in batches (one transaction
    each, on ``conn`` or a connection of its own); how many."""
    if conn is None:
        conn = connect(database_url)
        try:
            return _score_share(database_url, model_id, model, batch_size, rescore, share, progress, conn)
        finally:
            conn.close()
    scored = 0
    last_id = 0
    while True:
        with conn, conn.cursor() as cur:
            cur.execute(
                "SELECT a.id, a.title, a.text FROM articles a WHERE a.id > %s AND a.id %% %s = %s AND (%s OR "
                " NOT EXISTS (SELECT 1 FROM classifications c WHERE c.article_id = a.id AND c.model_id = %s))"
                " ORDER BY a.id LIMIT %s",
                (last_id, share[1], share[0], rescore, model_id, batch_size),
            )
            rows = cur.fetchall()
            if not rows:
                break
            results = model.score([stored_article_text(r[1], r[2]) for r in rows])
            execute_values(
                cur,
                UPSERT,
                [(r[0], model_id, s.label, s.score, s.relevant, s.top_terms)
                 for r, s in zip(rows, results, strict=True)],
            )
            last_id = rows[-1][0]
            scored += len(rows)
        if progress is not None:
            progress(len(rows))
    return scored
