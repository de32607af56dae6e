"""The DAGs run for real with ``dag.test()``: Scrapy spiders (in subprocesses) against the sample site
on 127.0.0.1, the real PostgreSQL of this test session, and Airflow's own metadata in SQLite."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from airflow_harness import load_dagbag, migrate_metadata  # sets up Airflow before it is imported
from helpers import FAST_SOURCE, cursor, entry, source, write_registry

pytestmark = pytest.mark.airflow

# Quick to crawl on loopback; one quick retry so a failing source does not hold the test up.
ENV = {
    "NEWSFLOW_ALLOW_PRIVATE_ADDRESSES": "1",
    "NEWSFLOW_RETRIES": "1",
    "NEWSFLOW_RETRY_DELAY_SECONDS": "1",
    "NEWSFLOW_MAX_RETRY_DELAY_SECONDS": "2",
    "NEWSFLOW_CRAWL_TIMEOUT_SECONDS": "120",
}


def write_demo_registry(file: Path, base_url: str, *, broken: bool) -> None:
    sources = [source("demo", entry("feed", f"{base_url}/feeds/rss.xml"), settings=FAST_SOURCE)]
    if broken:  # nothing listens on port 9: its crawl is unreachable
        sources.append(source("gone", entry("feed", "http://127.0.0.1:9/feeds/rss.xml"),
                              settings={"RETRY_TIMES": 0}))
    write_registry(file, *sources)


@pytest.fixture(scope="module")
def dags(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    """The project's DAGs parsed with test settings, and Airflow's metadata DB migrated."""
    from core.settings import get_settings, reset_settings

    registry = tmp_path_factory.mktemp("registry") / "sources.toml"
    saved = {k: os.environ.get(k) for k in [*ENV, "NEWSFLOW_SOURCES_FILE"]}
    os.environ.update(ENV, NEWSFLOW_SOURCES_FILE=str(registry))
    reset_settings()
    get_settings.cache_clear()
    migrate_metadata()
    bag = load_dagbag()
    assert bag.import_errors == {}
    # dag.test() runs tasks in this process on the same DAG object, and a run's conf stays in its
    # params: every run here passes the full form, defaults first.
    defaults = {dag_id: {k: dag.params[k] for k in dag.params} for dag_id, dag in bag.dags.items()}
    yield {"bag": bag.dags, "registry": registry, "defaults": defaults}
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    reset_settings()
    get_settings.cache_clear()


def counts(url: str) -> dict[str, int]:
    queries = {
        "raw_pages": "SELECT count(*) FROM raw_pages",
        "pending": "SELECT count(*) FROM raw_pages WHERE processed_at IS NULL",
        "articles": "SELECT count(*) FROM articles",
        "stories": "SELECT count(*) FROM stories",
        "crawl_runs": "SELECT count(*) FROM crawl_runs",
        "classifications": "SELECT count(*) FROM classifications",
        "unscored": "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM classifications c"
                    " JOIN models m ON m.id = c.model_id AND m.active WHERE c.article_id = a.id)",
        "models": "SELECT count(*) FROM models",
    }
    with cursor(url) as cur:
        out = {}
        for name, query in queries.items():
            cur.execute(query)
            out[name] = cur.fetchone()[0]
    return out


def task_states(dag_run) -> dict[str, str]:
    return {
        (ti.task_id if ti.map_index < 0 else f"{ti.task_id}[{ti.rendered_map_index or ti.map_index}]"):
        ti.state for ti in dag_run.get_task_instances()
    }


def run(dags: dict, dag_id: str, **conf) -> tuple[object, float]:
    started = time.perf_counter()
    dag_run = dags["bag"][dag_id].test(run_conf={**dags["defaults"][dag_id], **conf})
    return dag_run, time.perf_counter() - started


@pytest.fixture
def own_site() -> Iterator:
    """A sample site of this test's own: it publishes new articles during the test."""
    from newsflow.site.server import running_site

    with running_site(articles=30) as site:
        yield site


def test_crawl_then_process_fills_the_tables_and_a_second_cycle_adds_nothing(
    db: str, own_site, dags: dict
) -> None:
    write_demo_registry(dags["registry"], own_site.base_url, broken=False)

    crawl, crawl_s = run(dags, "news_crawl")
    assert crawl.state == "success", task_states(crawl)
    assert task_states(crawl) == {"enabled_sources": "success", "crawl[demo]": "success"}
    after_crawl = counts(db)
    assert after_crawl["raw_pages"] == 30 and after_crawl["pending"] == 30

    process, process_s = run(dags, "news_process")
    assert process.state == "success", task_states(process)
    first = counts(db)
    assert first["pending"] == 0
    assert first["articles"] == 30 and first["stories"] >= 1
    assert first["unscored"] == 0 and first["classifications"] >= 30
    print(f"\nfirst cycle: news_crawl {crawl_s:.1f} s, news_process {process_s:.1f} s; {first}")

    crawl2, crawl2_s = run(dags, "news_crawl")
    process2, process2_s = run(dags, "news_process")
    assert crawl2.state == process2.state == "success"
    second = counts(db)
    assert second == {**first, "crawl_runs": first["crawl_runs"] + 1}
    print(f"second cycle: news_crawl {crawl2_s:.1f} s, news_process {process2_s:.1f} s; adds "
          f"{ {k: second[k] - first[k] for k in second if second[k] != first[k]} }")

    own_site.add_articles(3)
    run(dags, "news_crawl")
    run(dags, "news_process")
    third = counts(db)
    assert third["articles"] == 33 and third["raw_pages"] == 33 and third["unscored"] == 0

    retrain, _ = run(dags, "classifier_retrain")
    assert retrain.state == "success", task_states(retrain)
    after = counts(db)
    assert after["models"] == third["models"] + 1 and after["unscored"] == 0
    with cursor(db) as cur:
        cur.execute("SELECT model_id, count(*) FROM classifications GROUP BY model_id ORDER BY model_id")
        per_model = dict(cur.fetchall())
    # Old scores stay beside the new model's: every article is scored by both models.
    assert len(per_model) == 2 and set(per_model.values()) == {33}


def test_a_failing_source_fails_only_its_own_task(db: str, news_site, dags: dict) -> None:
    write_demo_registry(dags["registry"], news_site.base_url, broken=True)

    crawl, _ = run(dags, "news_crawl")

    states = task_states(crawl)
    assert states["crawl[demo]"] == "success" and states["crawl[gone]"] == "failed", states
    assert crawl.state == "failed"
    with cursor(db) as cur:
        cur.execute("SELECT s.name, r.status FROM crawl_runs r JOIN sources s ON s.id = r.source_id"
                    " ORDER BY s.name, r.id")
        runs = cur.fetchall()
    assert ("demo", "ok") in runs and {status for name, status in runs if name == "gone"} == {"unreachable"}
    assert counts(db)["raw_pages"] == 30


def test_dry_run_and_source_choice_from_the_params_form(db: str, news_site, dags: dict) -> None:
    write_demo_registry(dags["registry"], news_site.base_url, broken=True)

    dry, _ = run(dags, "news_crawl", dry_run=True)
    assert dry.state == "success"
    assert task_states(dry)["crawl[demo]"] == "skipped"
    assert counts(db)["raw_pages"] == 0

    chosen, _ = run(dags, "news_crawl", sources=["demo"], limit=5)
    assert chosen.state == "success"
    assert set(task_states(chosen)) == {"enabled_sources", "crawl[demo]"}
    assert counts(db)["raw_pages"] == 5

    dry_process, _ = run(dags, "news_process", dry_run=True)
    assert dry_process.state == "success"
    assert counts(db)["pending"] == 5


def test_quality_dag_records_checks(db: str, dags: dict) -> None:
    with cursor(db) as cur:
        cur.execute("INSERT INTO sources (name) VALUES ('demo')")

    quality, _ = run(dags, "news_quality")

    assert quality.state == "success", task_states(quality)
    with cursor(db) as cur:
        cur.execute("SELECT check_name, source, ok FROM quality_checks ORDER BY check_name, source")
        rows = cur.fetchall()
    assert ("volume", "demo", True) in rows and ("relevance_share", "*", True) in rows
    assert set(task_states(quality).values()) == {"success"} and len(task_states(quality)) == 4


def test_digest_dag_writes_the_days_report(db: str, dags: dict, tmp_path, monkeypatch) -> None:
    from core.settings import get_settings

    monkeypatch.setattr(get_settings(), "digest_dir", tmp_path)
    digest, _ = run(dags, "news_digest", day="2026-11-20")
    assert digest.state == "success", task_states(digest)
    report = tmp_path / "digest-2026-11-20.html"
    html = report.read_text(encoding="utf-8")
    assert "<html" in html.lower() and "2026" in html
