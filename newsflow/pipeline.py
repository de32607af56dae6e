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
        out.append(
            f"pages fetched {self.pages_fetched}, failed {self.pages_failed}; "
            f"articles new {self.articles_new}; scored {self.scored} with model {self.model_version}; "
            f"relevant {self.relevant}"
        )
        return out


def ensure_active_model(database_url: str) -> tuple[int, str]:
    """(model id, version) of the active model, training the first one from the seeds if none."""
    from classifier.registry import active_model
    from classifier.retrain import retrain
    from core.settings import get_settings

    found = active_model(database_url)
    if found is None:
        log.info("no active model: training one from %s", get_settings().seeds_dir)
        retrain(database_url, get_settings().seeds_dir)
        found = active_model(database_url)
        if found is None:
            raise RuntimeError("training finished but no model is active")
    model_id, _model = found
    return model_id, _model_version(database_url, model_id)


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
    model_id, summary.model_version = ensure_active_model(database_url)
    # A first model is trained on (and scores) the pool it finds, so count from the table.
    score_pending(database_url, model_id=model_id)
    summary.scored, summary.relevant = _count_scores(database_url, model_id, before)
    return summary
