"""Fetch-stage benchmark: first crawl speed and re-crawl cost on a 2,000-article sample site.

Serves the sample site on 127.0.0.1, crawls it once with politeness off (goal: >= 200 pages/s),
publishes N new articles, crawls again (goal: at most 5 % of the first crawl's requests, and every
added article fetched). Prints the figures. Needs a PostgreSQL (DATABASE_URL, a local server, or the
embedded one); works in a database of its own that it drops afterwards.

    .venv/bin/python bench/bench_crawl.py [--articles 2000] [--added 20]
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.store.db import connect
from core.store.server import temporary_database
from core.urls import canonicalize
from crawlers.registry import EntryOptions, EntryPoint, Source
from crawlers.registry_writer import write_sources
from crawlers.runner import crawl_source
from newsflow.site.server import running_site

PATTERN = r"/articles/\d+-[a-z0-9-]+\.html$"
POLITENESS_OFF = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS": 64,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 64,
    "NEWSFLOW_ALLOW_PRIVATE_ADDRESSES": True,
    "LOG_LEVEL": "WARNING",
}


def registry(base: str, folder: Path) -> Path:
    """One source listing the sample site three ways: feed, sitemap index and listing pages."""
    points = [EntryPoint(kind="feed", url=f"{base}/feeds/rss.xml"),
              EntryPoint(kind="sitemap", url=f"{base}/sitemap_index.xml",
                         options=EntryOptions(link_pattern=PATTERN)),
              EntryPoint(kind="listing", url=f"{base}/news",
                         options=EntryOptions(link_pattern=PATTERN, max_pages=5))]
    return write_sources(folder / "bench_sources.toml",
                         [Source(name="bench", domains=["127.0.0.1"], entry_points=points)])


def stored_canonical(url: str) -> set[str]:
    conn = connect(url)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT canonical_url FROM raw_pages")
            return {row[0] for row in cur.fetchall()}
    finally:
        conn.close()


def children_cpu() -> float:
    """CPU seconds (user + system) of finished child processes so far: the crawls run as children."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--added", type=int, default=20)
    args = parser.parse_args()

    # DATABASE_URL points at it while the block runs: the crawl's Scrapy children use it too.
    with temporary_database("nf_bench") as (url, origin):
        with running_site(articles=args.articles) as site, tempfile.TemporaryDirectory() as tmp:
            file = registry(site.base_url, Path(tmp))
            started, cpu = time.perf_counter(), children_cpu()
            first = crawl_source(
                "bench", database_url=url, sources_file=file, timeout=600, settings=POLITENESS_OFF
            )
            first_seconds, first_cpu = time.perf_counter() - started, children_cpu() - cpu
            first_served = site.requests_total()

            # Baseline in the same run: a bare Scrapy spider, same site, same concurrency.
            site.reset_request_log()
            bare = [
                sys.executable,
                "-m",
                "scrapy",
                "runspider",
                str(Path(__file__).with_name("bare_spider.py")),
                "-a",
                f"base={site.base_url}",
                "-s",
                "ROBOTSTXT_OBEY=False",
                "-s",
                "TELNETCONSOLE_ENABLED=False",
            ]
            for key, value in POLITENESS_OFF.items():
                bare += ["-s", f"{key}={value}"]
            started, cpu = time.perf_counter(), children_cpu()
            subprocess.run(bare, check=True, capture_output=True, timeout=600, cwd=tempfile.gettempdir())
            bare_seconds, bare_cpu = time.perf_counter() - started, children_cpu() - cpu
            bare_pages = sum(n for path, n in site.request_log.items() if path.startswith("/articles/"))

            site.reset_request_log()
            added = site.add_articles(args.added)
            started = time.perf_counter()
            second = crawl_source(
                "bench", database_url=url, sources_file=file, timeout=600, settings=POLITENESS_OFF
            )
            second_seconds = time.perf_counter() - started
            second_served = site.requests_total()
            missing = {canonicalize(u) for u in added} - stored_canonical(url)

        print(f"postgres: {origin}; site: {args.articles} articles, then {args.added} added")
        print(
            f"first crawl : {first.status}, {first.pages_fetched} pages, {first.requests} requests "
            f"({first_served} served) in {first_seconds:.2f} s wall incl. process start"
        )
        print(
            f"              {first.pages_fetched / first_seconds:.0f} pages/s wall "
            f"(goal >= 200 pages/s, politeness off)"
        )
        print(
            f"second crawl: {second.status}, {second.pages_fetched} pages, {second.requests} requests "
            f"({second_served} served) in {second_seconds:.2f} s"
        )
        print(
            f"baseline    : bare Scrapy spider (no checks, no database), {bare_pages} pages in "
            f"{bare_seconds:.2f} s = {bare_pages / bare_seconds:.0f} pages/s wall; newsflow crawl is "
            f"{(first.pages_fetched / first_seconds) / (bare_pages / bare_seconds):.0%} of it"
        )
        first_ms = 1000 * first_cpu / max(first.pages_fetched, 1)
        bare_ms = 1000 * bare_cpu / max(bare_pages, 1)
        print(
            f"crawler CPU : newsflow {first_cpu:.2f} s ({first_ms:.2f} ms/page), bare spider {bare_cpu:.2f} s"
            f" ({bare_ms:.2f} ms/page), both incl. ~1 s start (wall depends on machine load, CPU much less)"
        )
        net = max(first_seconds - second_seconds, 1e-9)
        print(
            f"              first crawl minus a near-empty crawl (startup, robots, feeds): "
            f"{(first.pages_fetched - second.pages_fetched) / net:.0f} pages/s"
        )
        ratio = second.requests / first.requests if first.requests else float("nan")
        print(f"re-crawl request ratio: {ratio:.2%} of the first crawl (goal <= 5%)")
        print(
            f"added articles fetched: {args.added - len(missing)}/{args.added}"
            + (f" MISSING {sorted(missing)[:3]}" if missing else "")
        )
        return 0 if not missing and first.status == "ok" and second.status == "ok" else 1


if __name__ == "__main__":
    sys.exit(main())
