"""Score stored articles into ``classifications`` (idempotent upserts, batched)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from psycopg2.extras import execute_values

from classifier.corpus import stored_article_text
from classifier.model import TopicModel
from classifier.registry import active_model, load_model
from core.parallel import run_forked
from core.store.db import connect

log = logging.getLogger(__name__)

UPSERT = (
    "INSERT INTO classifications (article_id, model_id, label, score, relevant, top_terms) VALUES %s "
    "ON CONFLICT (article_id, model_id) DO UPDATE SET label = EXCLUDED.label, score = EXCLUDED.score, "
    "relevant = EXCLUDED.relevant, top_terms = EXCLUDED.top_terms, scored_at = now()"
)


def _resolve(database_url: str, model_id: int | None) -> tuple[int, TopicModel] | None:
    if model_id is not None:
        return model_id, load_model(database_url, model_id)
    return active_model(database_url)


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
    resolved = _resolve(database_url, model_id)
    if resolved is None:
        log.warning("no active model: nothing scored (train one with `newsflow train --activate`)")
        return 0
    model_id, model = resolved
    count = max(1, int(workers))
    if count == 1:
        scored = _score_share(database_url, model_id, model, batch_size, rescore, (0, 1), progress)
    else:
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
            )
            last_id = rows[-1][0]
            scored += len(rows)
        if progress is not None:
            progress(len(rows))
    return scored
