"""The whole path once, without Airflow: sample site -> raw_pages -> articles -> classifications."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import FAST_CRAWL, cursor, feed_registry

from newsflow.pipeline import run_once


def counts(url: str) -> dict[str, int]:
    with cursor(url) as cur:
        out = {}
        for table in ("sources", "crawl_runs", "raw_pages", "articles", "stories", "models",
                      "classifications"):
            cur.execute(f"SELECT count(*) FROM {table}")  # noqa: S608 (fixed names)
            out[table] = cur.fetchone()[0]
        cur.execute("SELECT count(*) FROM raw_pages WHERE processed_at IS NULL")
        out["pending"] = cur.fetchone()[0]
        return out


@pytest.mark.slow  # crawl, clean, train, score
def test_run_once_fills_every_table_and_rerun_adds_nothing(db: str, news_site, tmp_path: Path) -> None:
    registry = str(feed_registry(tmp_path / "sources.toml", news_site.base_url))
    first = run_once(["demo"], database_url=db, sources_file=registry, crawl_settings=FAST_CRAWL,
                      timeout=120)
    assert first.crawls[0].status == "ok", first.crawls[0].message
    assert first.pages_fetched == len(news_site.article_urls())
    assert first.articles_new > 0
    assert first.scored == first.articles_new
    # The sample site carries a few articles on the seed topic among sport and economy.
    assert 0 < first.relevant < first.scored
    after_first = counts(db)
    assert after_first["pending"] == 0
    assert after_first["models"] == 1
    assert after_first["classifications"] == after_first["articles"]

    second = run_once(["demo"], database_url=db, sources_file=registry, crawl_settings=FAST_CRAWL,
                      timeout=120)
    assert (second.pages_fetched, second.articles_new, second.scored) == (0, 0, 0)
    after_second = counts(db)
    assert after_second["crawl_runs"] == after_first["crawl_runs"] + 1
    assert {k: v for k, v in after_second.items() if k != "crawl_runs"} == {
        k: v for k, v in after_first.items() if k != "crawl_runs"
    }


def test_unknown_source_is_a_clear_error(db: str) -> None:
    import pytest

    with pytest.raises(ValueError, match="unknown source"):
        run_once(["no-such-source"], database_url=db)
