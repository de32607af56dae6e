"""Workbench page latency: p50/p95 per page at N synthetic articles (default 100,000). Goal: every
page's p95 <= 150 ms.

Rows come from the load bench's synthetic articles (``bench_load``: the sample site's articles with
varied bodies, copied in), then spread over 8 sources and a year, grouped in stories of three,
scored by one active model, with crawl runs, failures and a few labels; full-text vectors are built
as the clean stage builds them. Pages are requested through the ASGI app (``TestClient``: the whole
stack but the socket) by a logged-in user, each ``--repeat`` times after one warm-up.

    .venv/bin/python bench/bench_web.py [--articles 100000] [--repeat 30] [--keep]
    .venv/bin/python bench/bench_web.py --url postgresql://...   # measure a database loaded before
    .venv/bin/python bench/bench_web.py --scale --articles 1000000 --keep   # the scale bench's rows
    .venv/bin/python bench/bench_web.py --scale --articles 1000000 --keep --load-only   # load only

``--keep`` leaves the loaded database in place (its URL is printed) so that later runs can measure
it again with ``--url`` without loading it anew (a million articles take a while to load).
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from databases import run_database

from core.store.db import connect

GOAL_P95_MS = 150
CHUNK = 20_000
SOURCES = ("xinhua", "tass", "reuters", "un-news", "the-record", "dw", "bbc", "aljazeera")


# Fetch failures for a quarter of the crawl runs.
FAILURES = """
    INSERT INTO fetch_failures (crawl_run_id, source_id, url, kind, detail, occurred_at)
    SELECT r.id, r.source_id, 'https://x.example/' || r.id,
           (ARRAY['http_error', 'connection_refused'])[1 + r.id % 2], 'bench', r.started_at
    FROM crawl_runs r WHERE r.id % 4 = 0"""


def load(url: str, count: int) -> None:
    """``count`` synthetic articles with everything the pages read."""
    from bench_load import make_pages, seed_raw_pages, time_copy

    from core.store.search import index_pending

    source_id, first_raw = seed_raw_pages(url, count)
    for start in range(0, count, CHUNK):
        pages = make_pages(min(CHUNK, count - start), source_id, first_raw + start)
        for offset, page in enumerate(pages):  # make_pages numbers from 0: keep URLs unique
            page.id = first_raw + start + offset
            page.url = page.canonical_url = f"https://bench.example/a/{start + offset:07d}.html"
        time_copy(url, pages)
    conn = connect(url)
    try:
        with conn, conn.cursor() as cur:
            cur.execute("INSERT INTO sources (name, domains, language) SELECT n, ARRAY[n || '.example'], 'en'"
                        " FROM unnest(%s::text[]) n", (list(SOURCES),))
            cur.execute("""
                UPDATE articles SET
                  source_id = (SELECT s.id FROM sources s
                               WHERE s.name = (%(names)s::text[])[1 + articles.id %% 8]),
                  published_at = now() - make_interval(days => (id %% 365)::int, mins => (id %% 1440)::int),
                  created_at = now() - make_interval(days => (id %% 365)::int, mins => (id %% 1440)::int)
                               + interval '20 minutes',
                  language = CASE WHEN id %% 20 = 0 THEN 'fr' ELSE 'en' END""", {"names": list(SOURCES)})
            cur.execute("INSERT INTO stories (title, first_seen_at, last_seen_at, article_count) "
                        "SELECT 'story ' || g, now(), now(), 3 FROM generate_series(0, %s) g", (count // 3,))
            cur.execute("SELECT min(id) FROM stories")
            first_story = cur.fetchone()[0]
            cur.execute("UPDATE articles SET story_id = %s + (id / 3) %% (%s + 1)", (first_story, count // 3))
            cur.execute("INSERT INTO models (version, seeds_hash, labels, threshold, active) VALUES "
                        "('bench', 'x', ARRAY['international_information_security'], 0.5, true) RETURNING id")
            model = cur.fetchone()[0]
            cur.execute("""
                INSERT INTO classifications (article_id, model_id, label, score, relevant, top_terms)
                SELECT id, %s, CASE WHEN s >= 0.5 THEN 'international_information_security' ELSE 'none' END,
                       s, s >= 0.5, ARRAY['term' || (id %% 50), 'term' || (id %% 7)]
                FROM (SELECT id, ((id * 7919) %% 1000) / 1000.0 AS s FROM articles) x""", (model,))
            cur.execute("""
                INSERT INTO crawl_runs (source_id, started_at, finished_at, status, requests, pages_fetched)
                SELECT s.id, now() - make_interval(hours => h),
                       now() - make_interval(hours => h) + interval '3 min',
                       CASE WHEN h % 17 = 0 THEN 'unreachable' ELSE 'ok' END, 50, 40
                FROM sources s, generate_series(0, 24 * 60, 6) h""")
            cur.execute(FAILURES)
            cur.execute("INSERT INTO labels (article_id, label, labelled_by) SELECT id, 'none', 'bench' "
                        "FROM articles WHERE id % 500 = 0")
        conn.autocommit = True
        with conn.cursor() as cur:
            cur.execute("VACUUM ANALYZE")
    finally:
        conn.close()
    index_pending(url)
    conn = connect(url)
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute("VACUUM ANALYZE articles")
    finally:
        conn.close()


def add_failures(url: str) -> None:
    """Fetch failures for a quarter of the crawl runs (the scale bench writes none)."""
    conn = connect(url)
    try:
        with conn, conn.cursor() as cur:
            cur.execute(FAILURES)
    finally:
        conn.close()


def pages(url: str) -> list[tuple[str, str]]:
    conn = connect(url)
    try:
        with conn, conn.cursor() as cur:
            cur.execute("SELECT id, story_id FROM articles ORDER BY id DESC LIMIT 1 OFFSET 100")
            article, story = cur.fetchone()
            cur.execute("SELECT w FROM (SELECT unnest(regexp_split_to_array(lower(title), '\\s+')) w "
                        "FROM (SELECT title FROM articles ORDER BY id LIMIT 2000) t) x WHERE length(w) > 5 "
                        "GROUP BY w ORDER BY count(*) DESC, w LIMIT 2")  # the same words every run
            common, second = (r[0] for r in cur.fetchall())
    finally:
        conn.close()
    return [("search (last 30 days)", "/search"),
            ("search: two words", f"/search?q={common}+{second}"),
            ("search: best first", f"/search?q={common}&order=best"),
            ("search: all dates", f"/search?q={second}&since="),
            ("search: filters", "/search?source=tass&relevant=1&labelled=no&language=en"),
            ("search: next page", "NEXT"),
            ("story", f"/story/{story}"), ("article", f"/article/{article}"),
            ("review", "/review"), ("sources", "/sources"), ("digests", "/digests")]


def measure(url: str, repeat: int) -> list[tuple[str, float, float]]:
    from fastapi.testclient import TestClient

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from web_support import config, ensure_user, log_in

    from newsflow.web.app import create_app

    ensure_user(url)
    results = []
    with tempfile.TemporaryDirectory() as digests, \
            TestClient(create_app(config(url, Path(digests)))) as client:
        log_in(client)
        listed = pages(url)
        for name, path in listed:
            if path == "NEXT":
                first = client.get(listed[1][1])
                path = re.search(r'<a href="([^"]+)" rel="next"', first.text).group(1).replace("&amp;", "&")
            assert client.get(path).status_code == 200, path
            times = []
            for _ in range(repeat):
                started = time.perf_counter()
                reply = client.get(path)
                times.append((time.perf_counter() - started) * 1000)
                assert reply.status_code == 200, path
            times.sort()
            results.append((name, statistics.median(times), times[max(0, round(0.95 * len(times)) - 1)]))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--keep", action="store_true", help="keep the loaded database; print its URL")
    parser.add_argument("--url", help="measure this database (loaded by an earlier --keep run)")
    parser.add_argument("--scale", action="store_true",
                        help="load with the scale bench's synthetic rows (bench_scale.load), e.g. at 1M")
    parser.add_argument("--load-only", action="store_true", help="with --keep: load, print the URL, stop")
    args = parser.parse_args()
    if args.url:
        from core.store import migrate

        migrate.upgrade(args.url)
        results = measure(args.url, args.repeat)
    else:
        with run_database("nf_bench_web", keep=args.keep) as (url, origin):
            started = time.perf_counter()
            if args.scale:
                from bench_scale import load as load_scale

                load_scale(url, args.articles, raw_bodies=0, bands=False)  # no page reads bands
                add_failures(url)
            else:
                load(url, args.articles)
            print(f"postgres: {origin}; {args.articles} articles loaded in "
                  f"{time.perf_counter() - started:.0f} s" + (f"; kept: {url}" if args.keep else ""))
            if args.load_only:
                return 0
            results = measure(url, args.repeat)
    print(f"{'page':<24} {'p50 ms':>8} {'p95 ms':>8}")
    for name, p50, p95 in results:
        print(f"{name:<24} {p50:8.1f} {p95:8.1f}")
    worst = max(p95 for _, _, p95 in results)
    met = worst <= GOAL_P95_MS
    print(f"goal: every page p95 <= {GOAL_P95_MS} ms: {'met' if met else 'NOT met'} (worst {worst:.0f} ms)")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
