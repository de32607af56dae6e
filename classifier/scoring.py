"""Score stored articles into ``classifications`` (idempotent upserts, batched)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from psycopg2.extras import execute_values

from classifier.corpus import stored_article_text
from classifier.model import TopicModel
from classifier.registry import load_model
from core.parallel import run_forked
from core.store.db import connect

log = logging.getLogger(__name__)

UPSERT = (
    "INSERT INTO classifications (article_id, model_id, label, score, relevant, top_terms) VALUES %s "
    "ON CONFLICT (article_id, model_id) DO UPDATE SET label = EXCLUDED.label, score = EXCLUDED.score, "
    "relevant = EXCLUDED.relevant, top_terms = EXCLUDED.top_terms, scored_at = now()"
)


# Models this process loaded, by their artifact's digest: a DAG task or pipeline run scores once or
# more per run after ``ensure_active_model``, and unpacking an artifact (plus the token table its
# first scoring builds) costs far more than the digest, which the server computes without sending
# the artifact. Same bytes, same model, whichever database or id they come from.
_LOADED: dict[str, TopicModel] = {}
_LOADED_MAX = 2


def _resolve(conn, database_url: str, model_id: int | None) -> tuple[int, TopicModel] | None:
    """(id, model) of ``model_id``, else of the active model; None when no model is active."""
    with conn, conn.cursor() as cur:
        cur.execute("SELECT id, md5(artifact) FROM models WHERE id = %s" if model_id is not None
                    else "SELECT id, md5(artifact) FROM models WHERE active", (model_id,))
        row = cur.fetchone()
    if row is None and model_id is None:
        return None
    if row is None or row[1] is None:
        raise LookupError(f"model {row[0] if row else model_id} has no stored artifact")
    model_id, digest = int(row[0]), row[1]
    model = _LOADED.get(digest)
    if model is None:
        model = load_model(database_url, model_id)
        while len(_LOADED) >= _LOADED_MAX:
            _LOADED.pop(next(iter(_LOADED)))
        _LOADED[digest] = model
    return model_id, model


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
    conn = connect(database_url)  # the resolve's, and the batches' when one process scores
    try:
        resolved = _resolve(conn, database_url, model_id)
        if resolved is None:
            log.warning("no active model: nothing scored (train one with `newsflow train --activate`)")
            return 0
        model_id, model = resolved
        if count == 1:
            scored = _score_batches(conn, model_id, model, batch_size, rescore, (0, 1), progress)
    finally:
        conn.close()  # before forking: the workers open their own
    if count > 1:
        shares = [(database_url, model_id, model, batch_size, rescore, (k, count)) for k in range(count)]
        scored = sum(run_forked(_score_share, shares, progress))
    log.info("scored %d article(s) with model %d", scored, model_id)
    return scored


def _score_share(database_url: str, model_id: int, model: TopicModel, batch_size: int, rescore: bool,
                 share: tuple[int, int], progress: Callable[[int], object] | None) -> int:
    """Score the pending articles with ``id % share[1] == share[0]``, in batches (one transaction
    each, all on one connection); how many."""
    conn = connect(database_url)
    try:
        return _score_batches(conn, model_id, model, batch_size, rescore, share, progress)
    finally:
        conn.close()


def _score_batches(conn, model_id: int, model: TopicModel, batch_size: int, rescore: bool,
                   share: tuple[int, int], progress: Callable[[int], object] | None) -> int:
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
                page_size=len(rows),  # one statement a batch
            )
            last_id = rows[-1][0]
            scored += len(rows)
        if progress is not None:
            progress(len(rows))
    return scored
