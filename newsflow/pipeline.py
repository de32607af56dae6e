"""One pass of the whole pipeline without Airflow: crawl -> clean -> classify -> load.

The DAGs call the same stage functions; this module only sequences them for ``newsflow run-once``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date

from core.store.db import query

log = logging.getLogger(__name__)


@dataclass
class RunSummary:
    crawls: list = field(default_factory=list)  # crawlers.runner.CrawlResult per source
    pages_fetched: int = 0
    pages_failed: int = 0
    articles_new: int = 0
    scored: int = 0
    relevant: int = 0
    model_version: str | None = None

    def lines(self) -> list[str]:
        out = [f"{c.source}: {c.status}, {c.pages_fetched} pages, {c.pages_failed} failed"
               + (f" ({c.message})" if c.message else "") for c in self.crawls]
        scoring = (f"scored {self.scored} with model {self.model_version}; relevant {self.relevant}"
                   if self.model_version else
                   "not scored: no model yet (too few stored articles to train the first one; "
                   "a later run trains it)")
        out.append(
            f"pages fetched {self.pages_fetched}, failed {self.pages_failed}; "
            f"articles new {self.articles_new}; {scoring}"
        )
        return out


# Retrain when the article pool has grown this many times over the active model's training pool:
# its background (and so its threshold) was learnt from a sample that no longer is the pool.
POOL_GROWTH = 2.0


def ensure_active_model(database_url: str) -> tuple[int, str] | None:
    """(model id, version) of the active model, or None while there is none and the stored articles
    are too few to set a threshold from (``classifier.threshold.MIN_POOL``). Trains the first model
    once enough articles have landed, and a new one when the pool has grown ``POOL_GROWTH`` times
    over the active model's (``retrain`` activates it only when it is better; see there)."""
    from classifier.registry import active_model_id
    from classifier.retrain import POOL_LIMIT, retrain
    from classifier.threshold import MIN_POOL
    from core.settings import get_settings

    found = active_model_id(database_url)  # the id only: scoring loads the model (once per process)
    stored = min(_article_count(database_url), POOL_LIMIT)
    # The newest model's pool, active or not: a retrain that was kept inactive is not repeated
    # until the pool grows again. An inactive model trained on no pool (`newsflow train --out` with
    # DATABASE_URL registers one) says nothing of the store: it would start a retrain at every pass.
    trained_on = int(query(database_url, "SELECT coalesce((SELECT (metrics->>'unlabeled')::int "
                           "FROM models WHERE active OR coalesce((metrics->>'unlabeled')::int, 0) > 0 "
                           "ORDER BY id DESC LIMIT 1), 0)")[0][0])
    if stored >= MIN_POOL and (found is None or stored >= POOL_GROWTH * max(trained_on, 1)):
        log.info("%s: training from %s and %d stored article(s)",
                 "no active model" if found is None else f"pool grew from {trained_on}",
                 get_settings().seeds_dir, stored)
        retrain(database_url, get_settings().seeds_dir)
        found = active_model_id(database_url)
    if found is None:
        log.info("no active model yet: %d stored article(s), %d needed", stored, MIN_POOL)
        return None
    return found, _model_version(database_url, found)


def _article_count(database_url: str) -> int:
    return int(query(database_url, "SELECT count(*) FROM articles")[0][0])


def _model_version(database_url: str, model_id: int) -> str:
    return query(database_url, "SELECT version FROM models WHERE id = %s", (model_id,))[0][0]


def _count_scores(database_url: str, model_id: int, article_ids_after: int) -> tuple[int, int]:
    """(scored, relevant) among the articles newer than ``article_ids_after``."""
    ((scored, relevant),) = query(
        database_url,
        "SELECT count(*), count(*) FILTER (WHERE relevant) FROM classifications"
        " WHERE model_id = %s AND article_id > %s",
        (model_id, article_ids_after),
    )
    return int(scored), int(relevant)


def _max_article_id(database_url: str) -> int:
    return int(query(database_url, "SELECT coalesce(max(id), 0) FROM articles")[0][0])


def run_once(
    sources: list[str],
    *,
    database_url: str,
    limit: int | None = None,
    since: date | None = None,
    timeout: float | None = None,
    sources_file: str | None = None,
    crawl_settings: dict | None = None,
) -> RunSummary:
    """Crawl each source (a failing source is reported, never fatal), process every pending raw
    page, score new articles with the active model (training one first if needed).

    ``sources_file`` replaces the shipped registry; ``crawl_settings`` are extra Scrapy settings."""
    from classifier.scoring import score_pending
    from cleaner.process import process_pending
    from core.store.migrate import upgrade
    from crawlers.registry import load_sources, sync_sources
    from crawlers.runner import crawl_source

    upgrade(database_url)
    registry = {s.name: s for s in load_sources(sources_file)}
    unknown = [name for name in sources if name not in registry]
    if unknown:
        raise ValueError(f"unknown source(s): {', '.join(unknown)}; known: {', '.join(sorted(registry))}")
    ids = sync_sources(database_url, list(registry.values()))  # the one upsert of these rows

    summary = RunSummary()
    before = _max_article_id(database_url)
    for name in sources:
        result = crawl_source(registry[name], source_id=ids[name], database_url=database_url, limit=limit,
                              since=since, timeout=timeout, settings=crawl_settings)
        summary.crawls.append(result)
        summary.pages_fetched += result.pages_fetched
        summary.pages_failed += result.pages_failed

    processed = process_pending(database_url)
    summary.articles_new = processed.articles_new
    found = ensure_active_model(database_url)
    if found is None:  # too few articles to set a threshold from: nothing is scored yet
        return summary
    model_id, summary.model_version = found
    # A first model is trained on (and scores) the pool it finds, so count from the table.
    score_pending(database_url, model_id=model_id)
    summary.scored, summary.relevant = _count_scores(database_url, model_id, before)
    return summary
