"""One full crawl -> process cycle on the sample site under Airflow (``dag.test()``: news_crawl, then
news_process), then a second cycle with nothing new, against the run-once pipeline on the same site
in the same run (the baseline: the same stage functions without Airflow).

    .venv/bin/python bench/bench_airflow_cycle.py [--articles 30] [--repeat 2]

Prints seconds per cycle, the Airflow/run-once ratio, and what the second cycle added to each table.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Airflow reads its configuration at import: a throw-away home, the project's DAGs, quick retries.
AIRFLOW_HOME = tempfile.mkdtemp(prefix="nf_bench_airflow_")
os.environ.update({
    "AIRFLOW_HOME": AIRFLOW_HOME,
    "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
    "AIRFLOW__CORE__DAGS_FOLDER": str(ROOT / "dags"),
    "AIRFLOW__LOGGING__LOGGING_LEVEL": "WARNING",
    "NEWSFLOW_ALLOW_PRIVATE_ADDRESSES": "1",
})

from core.settings import reset_settings  # noqa: E402
from core.store.server import temporary_database  # noqa: E402

TABLES = ("crawl_runs", "raw_pages", "articles", "stories", "classifications", "models")
FAST = {"AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0, "CONCURRENT_REQUESTS_PER_DOMAIN": 16}


def write_registry(path: Path, base_url: str) -> None:
    from crawlers.registry import EntryPoint, Source
    from crawlers.registry_writer import write_sources

    feed = EntryPoint(kind="feed", url=f"{base_url}/feeds/rss.xml")
    write_sources(path, [Source(name="demo", domains=["127.0.0.1"], settings=FAST, entry_points=[feed])])


def counts(url: str) -> dict[str, int]:
    from psycopg2 import sql

    from core.store.db import query

    return {table: query(url, sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table)))[0][0]
            for table in TABLES}


def airflow_cycle(dags: dict, defaults: dict) -> tuple[float, float, float]:
    """Seconds for news_crawl, news_process, and both; fails loudly when a run fails."""
    times = []
    for dag_id in ("news_crawl", "news_process"):
        started = time.perf_counter()
        run = dags[dag_id].test(run_conf=dict(defaults[dag_id]))
        times.append(time.perf_counter() - started)
        if run.state != "success":
            raise SystemExit(f"{dag_id} ended {run.state}")
    return times[0], times[1], sum(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=2, help="fresh-database repeats of each measurement")
    args = parser.parse_args()

    from airflow.dag_processing.dagbag import DagBag
    from airflow.utils.db import resetdb

    from core.settings import get_settings
    from newsflow.pipeline import run_once
    from newsflow.site.server import running_site

    registry = Path(AIRFLOW_HOME) / "sources.toml"
    os.environ["NEWSFLOW_SOURCES_FILE"] = str(registry)
    reset_settings()
    get_settings.cache_clear()
    started = time.perf_counter()
    resetdb(skip_init=False)
    print(f"airflow metadata DB (SQLite) migrated in {time.perf_counter() - started:.1f} s")
    bag = DagBag(dag_folder=str(ROOT / "dags"))
    dags = bag.dags
    defaults = {dag_id: {k: dag.params[k] for k in dag.params} for dag_id, dag in dags.items()}

    baseline, first, second = [], [], []
    added: dict[str, int] = {}
    for _ in range(args.repeat):
        with running_site(articles=args.articles) as site:
            write_registry(registry, site.base_url)
            with temporary_database("nf_bench_once") as (url, _origin):
                started = time.perf_counter()
                run_once(["demo"], database_url=url, sources_file=str(registry))
                baseline.append(time.perf_counter() - started)
        with running_site(articles=args.articles) as site:
            write_registry(registry, site.base_url)
            with temporary_database("nf_bench_airflow") as (url, origin):
                first.append(airflow_cycle(dags, defaults))
                before = counts(url)
                second.append(airflow_cycle(dags, defaults))
                after = counts(url)
                added = {t: after[t] - before[t] for t in TABLES}
                print(f"after the first cycle ({origin}): {before}")

    med = statistics.median
    once = med(baseline)
    f_crawl, f_proc, f_total = (med(x[i] for x in first) for i in range(3))
    s_crawl, s_proc, s_total = (med(x[i] for x in second) for i in range(3))
    print(f"sample site: {args.articles} articles; medians of {args.repeat} fresh-database runs")
    print(f"baseline run-once (crawl+clean+classify, no Airflow): {once:.1f} s")
    print(f"Airflow first cycle: news_crawl {f_crawl:.1f} s + news_process {f_proc:.1f} s = {f_total:.1f} s "
          f"({f_total / once:.2f}x run-once)")
    print(f"Airflow second cycle: news_crawl {s_crawl:.1f} s + news_process {s_proc:.1f} s = {s_total:.1f} s "
          f"({s_total / once:.2f}x run-once)")
    print(f"second cycle added rows: {added}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    finally:
        shutil.rmtree(AIRFLOW_HOME, ignore_errors=True)
