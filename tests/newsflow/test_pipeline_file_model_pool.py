"""``newsflow train --out FILE`` with DATABASE_URL registers its model, inactive, trained on no stored
article (metrics 'unlabeled' 0). The pipeline took that as the newest model's pool and retrained at its
next pass (30 stored >= 2 x 0) although nothing had grown: found following the README, a run-once that
fetched nothing logged "pool grew from 0" and trained a model it then kept inactive. Such a model says
nothing of the stored pool: the pool is the newest pool-trained model's, or the active one's."""

from __future__ import annotations

from classifier_helpers import insert_articles
from helpers import rows

from classifier.corpus import load_seeds
from classifier.registry import register
from classifier.retrain import train
from core.settings import get_settings
from newsflow.pipeline import ensure_active_model
from newsflow.site.content import make_article


def _store(db: str, first: int, n: int) -> None:
    articles = [make_article(i) for i in range(first, first + n)]
    insert_articles(db, [a.title + "\n" + "\n\n".join(a.paragraphs) for a in articles], start=first)


def _models(db: str) -> int:
    return rows(db, "SELECT count(*) FROM models")[0][0]


def _register_file_model(db: str, *, activate: bool = False) -> None:
    """As `newsflow train --seeds seeds --out model.joblib` does with DATABASE_URL set."""
    register(db, train(load_seeds(get_settings().seeds_dir)), activate=activate)


def test_a_file_trained_model_does_not_start_a_retrain(db: str) -> None:
    _store(db, 0, 30)
    assert ensure_active_model(db) is not None and _models(db) == 1  # the first model, on 30 articles
    _register_file_model(db)
    ensure_active_model(db)  # nothing stored since: no retrain
    assert _models(db) == 2


def test_the_pool_growing_still_retrains_after_a_file_model(db: str) -> None:
    """Guard: twice the first model's pool stored, the next pass retrains, file model or not."""
    _store(db, 0, 30)
    ensure_active_model(db)
    _register_file_model(db)
    _store(db, 30, 30)
    ensure_active_model(db)
    assert _models(db) == 3


def test_an_active_file_model_is_retrained_from_the_pool(db: str) -> None:
    """Guard: a file model made active has no pool background: the next pass trains one from the store
    (and activates it only if it is better), as before."""
    _store(db, 0, 30)
    ensure_active_model(db)
    _register_file_model(db, activate=True)
    ensure_active_model(db)
    assert _models(db) == 3
